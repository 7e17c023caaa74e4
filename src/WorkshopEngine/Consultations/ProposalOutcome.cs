namespace StartupTerritoire.WorkshopEngine.Consultations;

/// <summary>
/// What became of a proposal: "recue", "retenue" (picked into the plan), "soiree" (a workshop of a soirée), "piste",
/// "groupe", "nonRetenue". The last steps are read from the soirée and its groups, not stored here.
/// </summary>
public sealed record ProposalOutcome(string Key, string? SessionId = null, string? SoireeTitle = null, string? WorkshopId = null, string? WorkshopTitle = null)
{
    /// <summary>Every key, in the order a proposal goes through them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["recue", "retenue", "soiree", "piste", "groupe", "nonRetenue"];

    /// <summary>Received, nothing decided yet.</summary>
    public static ProposalOutcome Received { get; } = new("recue");
}
