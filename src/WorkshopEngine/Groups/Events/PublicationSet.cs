namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>The group changed what it publishes (whole, as it now stands).</summary>
public sealed record PublicationSet(bool Published, string? PublicText, bool ShowNeeds, bool ShowMilestones) : GroupEvent;
