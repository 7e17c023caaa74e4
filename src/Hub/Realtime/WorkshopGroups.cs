namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The SignalR groups of a session, one per audience, so each receives events already redacted for it: the
/// animator, each table's co-animator, and everyone else (participants and boards).
/// </summary>
internal static class WorkshopGroups
{
    public static string Animator(string sessionId) => $"s:{sessionId}:animator";

    public static string Host(string sessionId, string tableId) => $"s:{sessionId}:host:{tableId}";

    public static string Public(string sessionId) => $"s:{sessionId}:public";

    /// <summary>Every connection of the session, whatever its audience: for what all must hear (its deletion).</summary>
    public static string Everyone(string sessionId) => $"s:{sessionId}:all";
}
