using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Telemetry;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// Limits the anonymous visitor tokens of consultations, per network address, as joining is limited: a device takes
/// one and keeps it, so honest use is far below the limit, while a script minting tokens to support a proposal many
/// times is refused with <see cref="RateLimitedException"/>.
/// </summary>
internal sealed class VisitorLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly TimeSpan _window;
    private readonly int _limit;

    public VisitorLimiter(IOptions<WorkshopOptions> options)
    {
        var o = options.Value;
        (_window, _limit) = (o.VisitorWindow, o.VisitorsPerAddress);
        _perAddress = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = o.VisitorsPerAddress,
                TokensPerPeriod = o.VisitorsPerAddress,
                ReplenishmentPeriod = o.VisitorWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Takes one token from the address's budget, or throws.</summary>
    public void Take(HttpContext context)
    {
        using var lease = _perAddress.AttemptAcquire(JoinAttemptLimiter.AddressKey(context));
        if (!lease.IsAcquired)
        {
            throw RateLimitedException.From(lease, _window / Math.Max(1, _limit), "Too many new visitors from this address", RateLimitKind.Visitors);
        }
    }

    public void Dispose() => _perAddress.Dispose();
}
