namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>Clusters were merged into a target; their notes, votes and stars follow.</summary>
public sealed record ClustersMerged(string TargetId, IReadOnlyList<string> SourceIds) : SessionEvent;
