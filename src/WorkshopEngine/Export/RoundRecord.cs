using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A round with its rules and where it stood when the record was made.</summary>
public sealed record RoundRecord(
    string Id,
    string Name,
    string Instructions,
    int DurationSeconds,
    RoundRules Rules,
    bool AutoAdvance,
    string Status,
    DateTimeOffset? EndsAt,
    int? RemainingSeconds,
    string? EndReason);
