namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// One accepted suggestion: these notes join cluster <see cref="ClusterId"/> (created when new). <see cref="Named"/>
/// says the staff typed or kept the title; otherwise a non-empty title is the suggestion's own and stays suggested.
/// </summary>
public sealed record AcceptedGroup(string ClusterId, string Title, IReadOnlyList<string> NoteIds, bool Named = false);
