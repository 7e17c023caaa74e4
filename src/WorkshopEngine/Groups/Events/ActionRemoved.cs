namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>An action was taken off the list.</summary>
public sealed record ActionRemoved(string ActionId) : GroupEvent;
