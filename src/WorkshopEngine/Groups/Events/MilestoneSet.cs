namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A milestone was added or changed (whole).</summary>
public sealed record MilestoneSet(Milestone Milestone) : GroupEvent;
