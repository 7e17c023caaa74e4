namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A cluster was dissolved; its notes are no longer grouped.</summary>
public sealed record ClusterDeleted(string ClusterId) : SessionEvent;
