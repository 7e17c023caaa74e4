using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>The project card of a dossier: name, promise, stage, language, and when the group began and ended.</summary>
public sealed record DossierCard(string Name, string Promise, GroupStage Stage, string Language, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, string? ClosedReason);
