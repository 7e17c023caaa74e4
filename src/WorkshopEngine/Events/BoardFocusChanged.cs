namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>The board now follows this workshop, or the run-of-show's current workshop when null.</summary>
public sealed record BoardFocusChanged(string? WorkshopId) : SessionEvent;
