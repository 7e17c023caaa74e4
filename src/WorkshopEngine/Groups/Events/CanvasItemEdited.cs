namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A canvas entry's text or block changed.</summary>
public sealed record CanvasItemEdited(string ItemId, string Block, string Text, string AuthorId) : GroupEvent;
