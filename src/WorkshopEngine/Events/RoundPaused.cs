namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A running round paused with this much time left.</summary>
public sealed record RoundPaused(string WorkshopId, string RoundId, TimeSpan Remaining) : SessionEvent;
