namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// A sorting suggestion: the unplaced note <see cref="NoteId"/> would go into the group <see cref="ClusterId"/>.
/// <see cref="Score"/> is the note's similarity to that group (higher is surer), for ordering only.
/// </summary>
public sealed record Placement(string NoteId, string ClusterId, double Score);
