namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// One step of a note's life: "added" (with text, column, colour), "edited" (text), "moved" (column),
/// "recoloured" (colour) or "revealed".
/// </summary>
public sealed record NoteChange(DateTimeOffset At, string Change, string? Text = null, string? Column = null, string? Colour = null)
{
    /// <summary>The note was posted.</summary>
    public const string Added = "added";
    /// <summary>Its text was changed.</summary>
    public const string Edited = "edited";
    /// <summary>It moved to another column.</summary>
    public const string Moved = "moved";
    /// <summary>Its colour changed.</summary>
    public const string Recoloured = "recoloured";
    /// <summary>It became visible to everyone.</summary>
    public const string Revealed = "revealed";
}
