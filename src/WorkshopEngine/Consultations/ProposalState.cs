namespace StartupTerritoire.WorkshopEngine.Consultations;

/// <summary>A proposal as it stands: its text, when it came, its supporters, comments, outcome and whether it is hidden.</summary>
public sealed record ProposalState(Proposal Proposal, DateTimeOffset At, IReadOnlySet<string> Supporters, IReadOnlyList<ProposalComment> Comments, ProposalOutcome Outcome, bool Hidden)
{
    /// <summary>How many visitors support it.</summary>
    public int Supports => Supporters.Count;
}
