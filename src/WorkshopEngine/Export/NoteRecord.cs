namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A note as it stands, with the label of its column and every change it went through.</summary>
public sealed record NoteRecord(
    string Id,
    string RoundId,
    string AuthorId,
    string Column,
    string ColumnLabel,
    string Text,
    string Colour,
    bool Hidden,
    string? ClusterId,
    bool PlacedByHand,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<NoteChange> History);
