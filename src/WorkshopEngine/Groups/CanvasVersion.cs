namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>A version of the canvas the co-animators set: its number, label, when, and its entries as they stood.</summary>
public sealed record CanvasVersion(int Number, string Label, long Seq, DateTimeOffset At, IReadOnlyList<CanvasItem> Items);
