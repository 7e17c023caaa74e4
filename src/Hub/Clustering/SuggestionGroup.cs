using MessagePack;

namespace StartupTerritoire.Server.Clustering;

/// <summary>One suggested group: the cluster it extends (null for a new one), its label, subtitle and notes.</summary>
[MessagePackObject]
public sealed class SuggestionGroup
{
    /// <summary>The existing cluster these notes would join, or null for a new cluster.</summary>
    [Key("existingClusterId")]
    public string? ExistingClusterId { get; init; }

    /// <summary>The group's top terms, in their surface form.</summary>
    [Key("label")]
    public required string Label { get; init; }

    /// <summary>The group's most central note.</summary>
    [Key("subtitle")]
    public required string Subtitle { get; init; }

    /// <summary>Every note of the group, including those already in the existing cluster.</summary>
    [Key("noteIds")]
    public required IReadOnlyList<string> NoteIds { get; init; }
}
