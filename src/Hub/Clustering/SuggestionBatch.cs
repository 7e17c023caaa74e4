using MessagePack;

namespace StartupTerritoire.Server.Clustering;

/// <summary>The groups worth showing for one workshop, computed on the session at <see cref="Version"/>.</summary>
[MessagePackObject]
public sealed class SuggestionBatch
{
    /// <summary>The session.</summary>
    [Key("sessionId")]
    public required string SessionId { get; init; }

    /// <summary>The workshop whose notes were grouped.</summary>
    [Key("workshopId")]
    public required string WorkshopId { get; init; }

    /// <summary>The session's version the suggestions were computed on.</summary>
    [Key("version")]
    public required long Version { get; init; }

    /// <summary>The granularity used, as a similarity level in (0, 1].</summary>
    [Key("granularity")]
    public required double Granularity { get; init; }

    /// <summary>New groups of two notes or more, and groups that add notes to an existing cluster.</summary>
    [Key("groups")]
    public required IReadOnlyList<SuggestionGroup> Groups { get; init; }
}
