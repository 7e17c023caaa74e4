using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A workshop was added to the run-of-show at an index, with its rounds.</summary>
public sealed record WorkshopAdded(Workshop Workshop, int Index) : SessionEvent;
