namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>Notes were placed by hand into a cluster, or out of any cluster when the cluster id is null.</summary>
public sealed record NotesPlaced(IReadOnlyList<string> NoteIds, string? ClusterId) : SessionEvent;
