namespace StartupTerritoire.WorkshopEngine.Notes;

/// <summary>
/// What is kept of a deleted note: enough to recognise a phone's late retry of it, so a note the animator removed
/// never comes back.
/// </summary>
public sealed record DeletedNote(string NoteId, string WorkshopId, string AuthorId, long Seq);
