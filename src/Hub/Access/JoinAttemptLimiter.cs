using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Telemetry;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// Limits join-code guessing. Only failed attempts (a code that leads nowhere) are counted, so a whole hall behind
/// one NAT address typing the right code is never held up. An address that used up its failures waits before any
/// further lookup; when the whole server sees too many failures (guessing spread over many addresses), every address
/// with a recent failure waits too, while addresses with a clean record still go through.
/// </summary>
internal sealed class JoinAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly TokenBucketRateLimiter _global;
    private readonly int _perAddressLimit;
    private readonly int _globalLimit;
    private readonly TimeSpan _window;

    public JoinAttemptLimiter(IOptions<WorkshopOptions> options)
    {
        var o = options.Value;
        _perAddressLimit = o.JoinFailuresPerAddress;
        _globalLimit = o.JoinFailuresGlobal;
        _window = o.JoinFailureWindow;
        _perAddress = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(o.JoinFailuresPerAddress, o.JoinFailureWindow)));
        _global = new TokenBucketRateLimiter(Bucket(o.JoinFailuresGlobal, o.JoinFailureWindow));
    }

    /// <summary>Throws <see cref="RateLimitedException"/> when this address must wait before trying a code.</summary>
    /// <remarks>
    /// The buckets are read through their statistics, which count whole permits. A zero-permit AttemptAcquire would
    /// succeed as soon as any fraction of a permit has come back (the partitioned limiter refills its buckets a little
    /// every 100 ms), letting a guesser through a moment after it used up its failures.
    /// </remarks>
    public void ThrowIfBlocked(HttpContext context)
    {
        var address = AddressKey(context);
        var own = _perAddress.GetStatistics(address)?.CurrentAvailablePermits ?? _perAddressLimit;
        if (own < 1)
        {
            throw Refusal(_perAddressLimit);
        }

        var hasRecentFailures = own < _perAddressLimit;
        if (hasRecentFailures && _global.GetStatistics()?.CurrentAvailablePermits < 1)
        {
            throw Refusal(_globalLimit);
        }
    }

    /// <summary>Counts a failed attempt against the address and the server.</summary>
    public void RecordFailure(HttpContext context)
    {
        _perAddress.AttemptAcquire(AddressKey(context)).Dispose();
        _global.AttemptAcquire().Dispose();
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _global.Dispose();
    }

    /// <summary>The client's address; an IPv6 client is counted by its /64, which a single household or phone usually holds whole.</summary>
    internal static string AddressKey(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress;
        if (ip is null)
        {
            return "unknown";
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = ip.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            ip = new IPAddress(bytes);
        }

        return ip.ToString();
    }

    /// <summary>The refusal, with the time a bucket of this size takes to give one attempt back.</summary>
    private RateLimitedException Refusal(int limit)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(_window.TotalSeconds / limit));
        return new RateLimitedException(seconds, $"Too many wrong codes; try again in {seconds} s.", RateLimitKind.JoinCodes);
    }

    private static TokenBucketRateLimiterOptions Bucket(int limit, TimeSpan window) => new()
    {
        TokenLimit = limit,
        TokensPerPeriod = limit,
        ReplenishmentPeriod = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
