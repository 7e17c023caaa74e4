using System.Threading.RateLimiting;

namespace StartupTerritoire.Server.Access;

/// <summary>A caller went over one of its limits; nothing was done and it may try again after <see cref="RetryAfterSeconds"/>.</summary>
internal sealed class RateLimitedException(int retryAfterSeconds, string message, string kind) : Exception(message)
{
    public const string Code = "rate.limited";

    /// <summary>Whole seconds, at least one, as the Retry-After header gives them.</summary>
    public int RetryAfterSeconds { get; } = retryAfterSeconds;

    /// <summary>Which limit it was, as metrics name it (see <see cref="Telemetry.RateLimitKind"/>).</summary>
    public string Kind { get; } = kind;

    /// <summary>The refusal for a lease a limiter did not grant: "<paramref name="what"/>; try again in N s."</summary>
    public static RateLimitedException From(RateLimitLease lease, TimeSpan fallback, string what, string kind)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : fallback;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new RateLimitedException(seconds, $"{what}; try again in {seconds} s.", kind);
    }
}
