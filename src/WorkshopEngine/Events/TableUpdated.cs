namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A table was renamed or given another workshop.</summary>
public sealed record TableUpdated(string TableId, string Name, string? WorkshopId) : SessionEvent;
