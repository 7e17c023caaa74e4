namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A regroupement; its notes name it in <see cref="NoteRecord.ClusterId"/>.</summary>
public sealed record ClusterRecord(string Id, string Title, DateTimeOffset CreatedAt);
