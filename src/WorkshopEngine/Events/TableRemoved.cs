namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A table was removed; its participants sit at no table.</summary>
public sealed record TableRemoved(string TableId) : SessionEvent;
