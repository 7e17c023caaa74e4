namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A note was deleted by its author or an animator.</summary>
public sealed record NoteDeleted(string NoteId) : SessionEvent;
