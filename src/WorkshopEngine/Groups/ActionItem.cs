namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>An action: what, who (a member, or a name typed freely), by when, and whether it is done.</summary>
public sealed record ActionItem(string Id, string What, string? OwnerId, string? OwnerName, DateOnly? Due, bool Done, DateTimeOffset ChangedAt);
