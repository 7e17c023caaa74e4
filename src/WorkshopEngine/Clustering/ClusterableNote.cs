namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>A note offered to the suggestion engine: its text, its current cluster and whether the animator placed it by hand.</summary>
public sealed record ClusterableNote(string Id, string Text, string? ClusterId = null, bool PlacedByHand = false);
