using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Telemetry;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// Counts live connections that ended on the client's own protocol error (a malformed or oversized frame, a handshake
/// never completed) per caller and per network address. A caller or address past its allowance has its new live
/// connections admitted one at a time, each after a penalty: a client reconnecting in a loop to send garbage then
/// costs the server a parked request per second instead of a full connection setup and teardown hundreds of times a
/// second, which is what slowed honest phones in the same room. Honest phones never reach the allowance, and a
/// penalised caller is slowed down, not locked out.
/// </summary>
internal sealed class ProtocolStrikes : IDisposable
{
    /// <summary>Connections that may wait for admission per key; more are refused at once rather than parked.</summary>
    private const int CallerQueue = 4;
    private const int AddressQueue = 64;

    /// <summary>A hall behind one address still reconnects at this many connections per penalty while penalised.</summary>
    private const int AddressAdmissionsPerPenalty = 10;

    private readonly PartitionedRateLimiter<string> _strikes;
    private readonly PartitionedRateLimiter<string> _admissions;
    private readonly int _callerAllowance;
    private readonly int _addressAllowance;
    private readonly TimeSpan _penalty;

    // Every allowance is full again a minute after its last strike: with no strike that recent, nobody is penalised,
    // and the connections of a quiet server are admitted without a limiter partition made for each caller.
    private long _lastStrike = long.MinValue / 2; // never (halved so that "now - last" cannot overflow)

    public ProtocolStrikes(IOptions<WorkshopOptions> options)
    {
        var o = options.Value;
        _callerAllowance = o.ProtocolStrikesPerCaller;
        _addressAllowance = o.ProtocolStrikesPerAddress;
        _penalty = o.ProtocolStrikePenalty;
        _strikes = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => Allowance(IsAddress(key) ? _addressAllowance : _callerAllowance)));
        _admissions = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => IsAddress(key)
                ? Admission(AddressAdmissionsPerPenalty, AddressQueue)
                : Admission(1, CallerQueue)));
    }

    public static string CallerKey(string sessionId, string principalId) => string.Concat("c\n", sessionId, "\n", principalId);

    public static string AddressKey(HttpContext context) => "a\n" + JoinAttemptLimiter.AddressKey(context);

    /// <summary>Counts one connection lost to the client's own protocol error against the caller and its address.</summary>
    public void Record(string? callerKey, string addressKey)
    {
        Volatile.Write(ref _lastStrike, Environment.TickCount64);
        if (callerKey is not null)
        {
            _strikes.AttemptAcquire(callerKey).Dispose();
        }

        _strikes.AttemptAcquire(addressKey).Dispose();
    }

    /// <summary>
    /// Waits until a new live connection of this caller and address may go on: at once for a clean record, after the
    /// penalty for a penalised one. Throws <see cref="RateLimitedException"/> when too many of theirs already wait.
    /// </summary>
    public async ValueTask AdmitAsync(string? callerKey, string addressKey, CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 - Volatile.Read(ref _lastStrike) > (long)TimeSpan.FromMinutes(1).TotalMilliseconds)
        {
            return;
        }

        if (callerKey is not null && Penalised(callerKey))
        {
            await WaitTurnAsync(callerKey, cancellationToken);
        }

        if (Penalised(addressKey))
        {
            await WaitTurnAsync(addressKey, cancellationToken);
        }
    }

    public void Dispose()
    {
        _strikes.Dispose();
        _admissions.Dispose();
    }

    private bool Penalised(string key) => _strikes.GetStatistics(key)?.CurrentAvailablePermits <= 0;

    private async ValueTask WaitTurnAsync(string key, CancellationToken cancellationToken)
    {
        using var lease = await _admissions.AcquireAsync(key, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw RateLimitedException.From(lease, _penalty * CallerQueue, "Too many broken connections", RateLimitKind.BrokenConnections);
        }
    }

    private static bool IsAddress(string key) => key.StartsWith("a\n", StringComparison.Ordinal);

    // The allowance comes back one strike at a time over a minute, so an occasional lost handshake is forgotten.
    private static TokenBucketRateLimiterOptions Allowance(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private TokenBucketRateLimiterOptions Admission(int perPenalty, int queue) => new()
    {
        TokenLimit = perPenalty,
        TokensPerPeriod = perPenalty,
        ReplenishmentPeriod = _penalty,
        QueueLimit = queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
