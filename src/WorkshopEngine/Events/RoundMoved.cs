namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A pending round moved to another index of its workshop's script.</summary>
public sealed record RoundMoved(string WorkshopId, string RoundId, int Index) : SessionEvent;
