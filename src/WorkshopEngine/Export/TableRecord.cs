namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A table and the workshop it runs.</summary>
public sealed record TableRecord(string Id, string Name, string? WorkshopId);
