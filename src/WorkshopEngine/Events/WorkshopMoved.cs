namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A workshop moved to another index of the run-of-show.</summary>
public sealed record WorkshopMoved(string WorkshopId, int Index) : SessionEvent;
