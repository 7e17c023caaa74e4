namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>The soirée's own settings. Its id and join code change when a record is imported.</summary>
public sealed record SessionRecord(
    string Id,
    string Title,
    string Language,
    bool Anonymous,
    string State,
    bool JoiningLocked,
    string JoinCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string? CurrentWorkshopId,
    string? BoardWorkshopId);
