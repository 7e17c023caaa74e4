namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A milestone was taken off the road to launch.</summary>
public sealed record MilestoneRemoved(string MilestoneId) : GroupEvent;
