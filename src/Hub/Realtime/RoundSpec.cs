using MessagePack;
using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.Server.Realtime;

/// <summary>A round as the animator sets it: name, instructions, duration in seconds and rules.</summary>
[MessagePackObject]
public sealed class RoundSpec
{
    [Key("name")] public string? Name { get; set; }
    [Key("instructions")] public string? Instructions { get; set; }
    [Key("durationSeconds")] public int DurationSeconds { get; set; }
    [Key("columns")] public List<ColumnSpec>? Columns { get; set; }
    [Key("privateUntilReveal")] public bool PrivateUntilReveal { get; set; }
    [Key("revealOnStart")] public bool RevealOnStart { get; set; }
    [Key("clustering")] public bool Clustering { get; set; }
    [Key("voteBudget")] public int? VoteBudget { get; set; }
    [Key("voteCapPerTarget")] public int? VoteCapPerTarget { get; set; }
    [Key("voteLiveResults")] public bool VoteLiveResults { get; set; }
    [Key("rating")] public bool Rating { get; set; }
    [Key("holderStars")] public bool HolderStars { get; set; }
    [Key("signUps")] public bool SignUps { get; set; }
    [Key("autoAdvance")] public bool AutoAdvance { get; set; }

    internal TimeSpan Duration => TimeSpan.FromSeconds(DurationSeconds);

    internal RoundRules ToRules() => new(
        [.. (Columns ?? []).Select(c => new Column(c?.Key ?? string.Empty, c?.Label ?? string.Empty))],
        PrivateUntilReveal,
        RevealOnStart,
        Clustering,
        VoteBudget is { } budget ? new DotVoting(budget, VoteCapPerTarget ?? budget, VoteLiveResults) : null,
        Rating,
        HolderStars,
        SignUps);
}
