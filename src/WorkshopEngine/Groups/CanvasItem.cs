namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// One entry of the canvas in a block. <see cref="Source"/> names the meeting note or regroupement it was kept from.
/// </summary>
public sealed record CanvasItem(string Id, string Block, string Text, string AuthorId, DateTimeOffset ChangedAt, string? Source = null);
