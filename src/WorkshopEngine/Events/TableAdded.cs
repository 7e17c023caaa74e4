using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A table (parallel breakout) was added.</summary>
public sealed record TableAdded(Table Table) : SessionEvent;
