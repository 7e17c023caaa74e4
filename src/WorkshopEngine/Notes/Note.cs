namespace StartupTerritoire.WorkshopEngine.Notes;

/// <summary>A sticky note (post-it). <see cref="ClusterId"/> is its regroupement; <see cref="PlacedByHand"/> marks a
/// note the animator placed, which automatic suggestions must never move.</summary>
public sealed record Note(
    string Id,
    string WorkshopId,
    string RoundId,
    string AuthorId,
    string Column,
    string Text,
    string Colour,
    bool Hidden,
    string? ClusterId,
    bool PlacedByHand,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Seq)
{
    /// <summary>The longest note text, in characters, after trimming.</summary>
    public const int MaxLength = 500;
}
