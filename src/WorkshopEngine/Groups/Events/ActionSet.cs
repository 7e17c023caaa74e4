namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>An action was added, changed or ticked (whole, as it now stands).</summary>
public sealed record ActionSet(string ActionId, string What, string? OwnerId, string? OwnerName, DateOnly? Due, bool Done, string AuthorId) : GroupEvent;
