namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A pending round was removed from a workshop's script.</summary>
public sealed record RoundRemoved(string WorkshopId, string RoundId) : SessionEvent;
