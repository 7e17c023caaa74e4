namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>The project holder (or an animator) starred or unstarred a note or cluster to keep.</summary>
public sealed record StarSet(string WorkshopId, string TargetId, bool Starred) : SessionEvent;
