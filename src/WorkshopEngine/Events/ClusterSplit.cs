namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>Some notes of a cluster left it to form a new one.</summary>
public sealed record ClusterSplit(string SourceId, string NewClusterId, string Title, IReadOnlyList<string> NoteIds) : SessionEvent;
