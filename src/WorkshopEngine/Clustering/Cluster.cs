namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>A regroupement of notes of one workshop. Membership is held by the notes.</summary>
public sealed record Cluster(string Id, string WorkshopId, string Title, DateTimeOffset CreatedAt);
