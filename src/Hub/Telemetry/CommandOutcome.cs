namespace StartupTerritoire.Server.Telemetry;

/// <summary>How a hub call ended, as the <c>outcome</c> tag of the command metrics and spans says it.</summary>
internal static class CommandOutcome
{
    public const string Ok = "ok";

    /// <summary>The engine refused it (a bad argument, a round not running, …): the client's or the moment's doing.</summary>
    public const string Refused = "refused";

    public const string Forbidden = "forbidden";
    public const string RateLimited = "rate_limited";

    /// <summary>The store was away: nothing was saved.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>A fault of the server.</summary>
    public const string Failed = "failed";

    /// <summary>The caller went away before the answer.</summary>
    public const string Cancelled = "cancelled";
}
