namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// A group's whole state as plain data: what the stores keep to load a long-lived group without folding its whole
/// log, and, redacted for an audience, what a page is sent.
/// </summary>
public sealed record GroupSnapshot
{
    /// <summary>The group id.</summary>
    public required string Id { get; init; }
    /// <summary>The sequence number of the last event folded in.</summary>
    public required long Version { get; init; }
    /// <summary>The project's name.</summary>
    public required string Name { get; init; }
    /// <summary>Its one-line promise.</summary>
    public required string Promise { get; init; }
    /// <summary>Its stage.</summary>
    public required GroupStage Stage { get; init; }
    /// <summary>"fr" or "en".</summary>
    public required string Language { get; init; }
    /// <summary>The group's join code.</summary>
    public required string JoinCode { get; init; }
    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it was closed, if it was.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>Why it was closed.</summary>
    public string? ClosedReason { get; init; }
    /// <summary>The evening it came from, quoted.</summary>
    public GroupOrigin? Origin { get; init; }
    /// <summary>Its theme (a seed key or free text), if chosen; absent from snapshots written before themes.</summary>
    public string? Theme { get; init; }
    /// <summary>Why it stopped, when its stage is stopped.</summary>
    public string? StopReason { get; init; }
    /// <summary>What it publishes (nothing in a snapshot written before publication).</summary>
    public Publication Publication { get; init; } = Publication.None;
    /// <summary>Its needs and offers, needs first.</summary>
    public IReadOnlyList<Exchange> Exchanges { get; init; } = [];
    /// <summary>The principals holding the two co-animator seats (empty in a redacted view).</summary>
    public required IReadOnlyList<string> Seats { get; init; }
    /// <summary>The members and resource people.</summary>
    public required IReadOnlyList<GroupMember> Members { get; init; }
    /// <summary>The personal invitations.</summary>
    public required IReadOnlyList<Invitation> Invitations { get; init; }
    /// <summary>The canvas as it stands.</summary>
    public required IReadOnlyList<CanvasItem> Canvas { get; init; }
    /// <summary>The versions the co-animators set.</summary>
    public required IReadOnlyList<CanvasVersion> CanvasVersions { get; init; }
    /// <summary>The road to launch.</summary>
    public required IReadOnlyList<Milestone> Milestones { get; init; }
    /// <summary>The actions.</summary>
    public required IReadOnlyList<ActionItem> Actions { get; init; }
    /// <summary>The meetings, by date.</summary>
    public required IReadOnlyList<Meeting> Meetings { get; init; }
    /// <summary>The history, oldest first.</summary>
    public required IReadOnlyList<GroupChange> History { get; init; }
}
