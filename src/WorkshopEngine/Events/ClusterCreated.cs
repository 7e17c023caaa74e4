namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A cluster (regroupement) was created with its first notes.</summary>
public sealed record ClusterCreated(string ClusterId, string WorkshopId, string Title, IReadOnlyList<string> NoteIds) : SessionEvent;
