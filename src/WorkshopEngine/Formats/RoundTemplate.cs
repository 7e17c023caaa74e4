using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>One round of a default script, before it becomes a <see cref="Round"/> in a given language.</summary>
public sealed record RoundTemplate(
    string Id,
    LocalizedText Name,
    LocalizedText Instructions,
    TimeSpan Duration,
    IReadOnlyList<(string Key, LocalizedText Label)> Columns,
    RoundRules Rules)
{
    /// <summary>The round in the soirée's language.</summary>
    public Round ToRound(string language) => new(
        Id,
        Name.In(language),
        Instructions.In(language),
        Duration,
        Rules with { Columns = [.. Columns.Select(c => new Column(c.Key, c.Label.In(language)))] },
        AutoAdvance: false);
}
