namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A cluster was renamed.</summary>
public sealed record ClusterRenamed(string ClusterId, string Title) : SessionEvent;
