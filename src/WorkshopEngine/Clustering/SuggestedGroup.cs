namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// One suggested group: the existing cluster it extends (null for a new group), its label (top terms in their
/// surface form, with a frequent bigram when there is one), the most central note as a subtitle, and its notes.
/// </summary>
public sealed record SuggestedGroup(string? ExistingClusterId, string Label, string Subtitle, IReadOnlyList<string> NoteIds);
