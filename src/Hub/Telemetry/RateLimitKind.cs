namespace StartupTerritoire.Server.Telemetry;

/// <summary>Which limit refused a call or a connection, as the <c>kind</c> tag of <c>workshop.rate_limited</c> says it.</summary>
internal static class RateLimitKind
{
    /// <summary>A caller's hub calls, all methods together.</summary>
    public const string Calls = "calls";

    /// <summary>A caller's note writing.</summary>
    public const string Notes = "notes";

    /// <summary>Wrong join codes from one address, or from everywhere at once.</summary>
    public const string JoinCodes = "join_codes";

    /// <summary>New consultation visitors from one address.</summary>
    public const string Visitors = "visitors";

    /// <summary>Live connections of a caller or address that keeps breaking its connections (protocol strikes).</summary>
    public const string BrokenConnections = "broken_connections";
}
