namespace StartupTerritoire.WorkshopEngine.Demarches;

/// <summary>The evening being prepared: its title, date and the proposals picked, in run-of-show order.</summary>
public sealed record EveningPlan(string Title, DateOnly? Date, IReadOnlyList<PlanPick> Picks)
{
    /// <summary>No plan yet.</summary>
    public static EveningPlan Empty { get; } = new(string.Empty, null, []);
}

/// <summary>A proposal picked into the run-of-show, quoted, with the workshop format its kind becomes.</summary>
public sealed record PlanPick(string ProposalId, string Kind, string Title, string Format);
