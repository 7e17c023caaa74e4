namespace StartupTerritoire.WorkshopEngine.Sessions;

/// <summary>A parallel breakout with its own workshop and, once assigned, its co-animator.</summary>
public sealed record Table(string Id, string Name, string? WorkshopId, string? CoAnimatorId);
