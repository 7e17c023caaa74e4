namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>An entry was written into a canvas block, by a member at any time or kept from a meeting.</summary>
public sealed record CanvasItemAdded(string ItemId, string Block, string Text, string AuthorId, string? Source) : GroupEvent;
