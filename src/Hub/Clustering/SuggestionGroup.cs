using MessagePack;

namespace StartupTerritoire.Server.Clustering;

/// <summary>One suggested group: the cluster it extends (null for a new one), its label, subtitle and notes.</summary>
// MessagePack clients get it as an array in this order (docs/protocol.md §6.1); fields are only ever added at the end.
[MessagePackObject]
public sealed class SuggestionGroup
{
    /// <summary>The existing cluster these notes would join, or null for a new cluster.</summary>
    [Key(0)]
    public string? ExistingClusterId { get; init; }

    /// <summary>The group's top terms, in their surface form.</summary>
    [Key(1)]
    public required string Label { get; init; }

    /// <summary>The group's most central note.</summary>
    [Key(2)]
    public required string Subtitle { get; init; }

    /// <summary>Every note of the group, including those already in the existing cluster.</summary>
    [Key(3)]
    public required IReadOnlyList<string> NoteIds { get; init; }
}
