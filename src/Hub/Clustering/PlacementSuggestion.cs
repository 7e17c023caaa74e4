using MessagePack;

namespace StartupTerritoire.Server.Clustering;

/// <summary>One note still to sort and the animator's group it fits best.</summary>
// MessagePack clients get it as an array in this order (docs/protocol.md §6.1); fields are only ever added at the end.
[MessagePackObject]
public sealed class PlacementSuggestion
{
    /// <summary>A visible note of the workshop in no cluster.</summary>
    [Key(0)]
    public required string NoteId { get; init; }

    /// <summary>The existing cluster the note would join.</summary>
    [Key(1)]
    public required string ClusterId { get; init; }
}
