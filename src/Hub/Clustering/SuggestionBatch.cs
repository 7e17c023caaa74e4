using MessagePack;

namespace StartupTerritoire.Server.Clustering;

/// <summary>The groups worth showing for one workshop, computed on the session at <see cref="Version"/>.</summary>
// MessagePack clients get it as an array in this order (docs/protocol.md §6.1); fields are only ever added at the end.
[MessagePackObject]
public sealed class SuggestionBatch
{
    /// <summary>The session.</summary>
    [Key(0)]
    public required string SessionId { get; init; }

    /// <summary>The workshop whose notes were grouped.</summary>
    [Key(1)]
    public required string WorkshopId { get; init; }

    /// <summary>The session's version the suggestions were computed on.</summary>
    [Key(2)]
    public required long Version { get; init; }

    /// <summary>The granularity used, as a similarity level in (0, 1].</summary>
    [Key(3)]
    public required double Granularity { get; init; }

    /// <summary>New groups of two notes or more, and groups that add notes to an existing cluster.</summary>
    [Key(4)]
    public required IReadOnlyList<SuggestionGroup> Groups { get; init; }

    /// <summary>
    /// For each note in no cluster that fits one of the workshop's clusters, that cluster; empty while the workshop
    /// has no cluster or no note left to sort.
    /// </summary>
    [Key(5)]
    public required IReadOnlyList<PlacementSuggestion> Placements { get; init; }
}
