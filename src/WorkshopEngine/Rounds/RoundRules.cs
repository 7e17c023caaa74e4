namespace StartupTerritoire.WorkshopEngine.Rounds;

/// <summary>
/// What a round allows. Written as data so the animator can change any of it; the engine has no per-format branches.
/// </summary>
/// <param name="Columns">Columns or kinds notes may be written in; empty means no notes in this round.</param>
/// <param name="PrivateUntilReveal">Notes written now stay hidden from others until revealed.</param>
/// <param name="RevealOnStart">Starting the round reveals the workshop's hidden notes.</param>
/// <param name="Clustering">The round is for grouping notes into clusters.</param>
/// <param name="Voting">Dot votes, when set.</param>
/// <param name="Rating">Each participant may rate the project 1 to 5.</param>
/// <param name="HolderStars">The project holder stars what they keep.</param>
/// <param name="SignUps">Participants sign up to carry pistes.</param>
public sealed record RoundRules(
    IReadOnlyList<Column> Columns,
    bool PrivateUntilReveal = false,
    bool RevealOnStart = false,
    bool Clustering = false,
    DotVoting? Voting = null,
    bool Rating = false,
    bool HolderStars = false,
    bool SignUps = false)
{
    /// <summary>A round where nobody writes (presentation, framing).</summary>
    public static RoundRules ReadOnly { get; } = new([]);

    /// <summary>Whether notes may be written in the given column.</summary>
    public bool AllowsColumn(string key) => Columns.Any(c => c.Key == key);
}
