namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>One accepted suggestion: these notes join cluster <see cref="ClusterId"/> (created when new).</summary>
public sealed record AcceptedGroup(string ClusterId, string Title, IReadOnlyList<string> NoteIds);
