using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>
/// One project of the portfolio: a working group, or a piste no group has taken up yet (then <see cref="GroupId"/> is
/// null and its id is "piste:{sessionId}:{pisteId}"). Milestones count the reached ones out of those not dropped.
/// </summary>
public sealed record PortfolioProject
{
    /// <summary>The group's id, or "piste:{sessionId}:{pisteId}".</summary>
    public required string Id { get; init; }
    /// <summary>The group's id; null for a piste.</summary>
    public string? GroupId { get; init; }
    /// <summary>The project's name.</summary>
    public required string Name { get; init; }
    /// <summary>Its one-line promise.</summary>
    public string Promise { get; init; } = string.Empty;
    /// <summary>Its theme: a seed key or free text.</summary>
    public string? Theme { get; init; }
    /// <summary>The theme's label in the démarche's language.</summary>
    public string? ThemeLabel { get; init; }
    /// <summary>Where it stands.</summary>
    public required PortfolioStage Stage { get; init; }
    /// <summary>Why it stopped.</summary>
    public string? StopReason { get; init; }
    /// <summary>Milestones reached.</summary>
    public int MilestonesDone { get; init; }
    /// <summary>Milestones not dropped.</summary>
    public int MilestonesTotal { get; init; }
    /// <summary>The road to launch.</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];
    /// <summary>The next milestone to reach (earliest due first), if any.</summary>
    public Milestone? NextMilestone { get; init; }
    /// <summary>When anything last changed in the project.</summary>
    public required DateTimeOffset LastActivity { get; init; }
    /// <summary>What it needs.</summary>
    public IReadOnlyList<Exchange> Needs { get; init; } = [];
    /// <summary>What it offers.</summary>
    public IReadOnlyList<Exchange> Offers { get; init; } = [];
    /// <summary>The evening it came from; null for a group started from scratch.</summary>
    public PortfolioOrigin? Origin { get; init; }
    /// <summary>What the group publishes.</summary>
    public Publication Publication { get; init; } = Publication.None;
    /// <summary>Whether the group is on the démarche's public page (<see cref="Publication"/> says what of it).</summary>
    public bool Published { get; init; }
    /// <summary>Whether the group is closed.</summary>
    public bool Closed { get; init; }
}

/// <summary>Where a project came from: the soirée, its workshop, the piste, and the consultation proposal if known.</summary>
public sealed record PortfolioOrigin(string SessionId, string SessionTitle, DateTimeOffset SessionDate, string WorkshopTitle, string PisteId, string PisteTitle, string? ProposalId);
