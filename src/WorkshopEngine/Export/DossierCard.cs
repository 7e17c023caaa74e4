using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// The project card of a dossier: name, promise, stage, language, when the group began and ended, and its theme and
/// stop reason (absent from dossiers written before them).
/// </summary>
public sealed record DossierCard(
    string Name, string Promise, GroupStage Stage, string Language, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, string? ClosedReason,
    string? Theme = null, string? StopReason = null);
