namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A canvas entry was taken out.</summary>
public sealed record CanvasItemRemoved(string ItemId, string AuthorId) : GroupEvent;
