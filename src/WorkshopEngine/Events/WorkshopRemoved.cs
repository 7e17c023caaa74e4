namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A workshop without notes left the run-of-show.</summary>
public sealed record WorkshopRemoved(string WorkshopId) : SessionEvent;
