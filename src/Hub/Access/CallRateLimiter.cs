using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Telemetry;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// Token buckets per caller (session and principal, so reconnecting does not refill them): one for every hub
/// invocation, one more for writing note text. Honest use stays far below them; a flooding client is refused with
/// <see cref="RateLimitedException"/> while everyone else carries on.
/// </summary>
internal sealed class CallRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _calls;
    private readonly PartitionedRateLimiter<string> _notes;

    public CallRateLimiter(IOptions<WorkshopOptions> options)
    {
        var o = options.Value;
        _calls = Buckets(o.CallBurst, o.CallsPerSecond, TimeSpan.FromSeconds(1));
        _notes = Buckets(o.NoteBurst, o.NotesPerMinute, TimeSpan.FromMinutes(1));
    }

    /// <summary>Takes one call (and one note when <paramref name="writesNote"/>) from the caller's budget, or throws.</summary>
    public void Take(string sessionId, string principalId, bool writesNote)
    {
        var key = string.Concat(sessionId, "\n", principalId);
        Take(_calls, key, "Too many requests", RateLimitKind.Calls);
        if (writesNote)
        {
            Take(_notes, key, "Too many notes", RateLimitKind.Notes);
        }
    }

    public void Dispose()
    {
        _calls.Dispose();
        _notes.Dispose();
    }

    private static void Take(PartitionedRateLimiter<string> limiter, string key, string what, string kind)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (!lease.IsAcquired)
        {
            throw RateLimitedException.From(lease, TimeSpan.FromSeconds(1), what, kind);
        }
    }

    // One token per period spread evenly (e.g. 30 a minute = one every 2 s) keeps a steady writer going while a burst
    // after an offline spell (the phone's outbox) still fits in the bucket.
    private static PartitionedRateLimiter<string> Buckets(int burst, int perPeriod, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period / perPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
