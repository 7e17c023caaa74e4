namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// One command's events as one audience (a SignalR group) sees them. <see cref="MayWait"/>: they may be held back a
/// while and go out with what follows (see <see cref="BroadcastQueue"/>).
/// </summary>
internal sealed record AudienceEvents(string Group, IReadOnlyList<EventMessage> Events, bool MayWait = false);
