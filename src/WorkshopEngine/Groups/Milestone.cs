namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>A jalon of the road to launch.</summary>
public sealed record Milestone(string Id, string Title, DateOnly? Due, MilestoneStatus Status, string? Note);

/// <summary>Where a milestone stands.</summary>
public enum MilestoneStatus
{
    /// <summary>À venir.</summary>
    Planned,
    /// <summary>En cours.</summary>
    InProgress,
    /// <summary>Atteint.</summary>
    Reached,
    /// <summary>Abandonné.</summary>
    Dropped,
}
