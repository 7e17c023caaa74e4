namespace StartupTerritoire.Server.Realtime;

/// <summary>One command's events, redacted for each audience (a SignalR group) when the command was decided.</summary>
internal sealed record PreparedBroadcast(string SessionId, IReadOnlyList<AudienceEvents> Audiences);
