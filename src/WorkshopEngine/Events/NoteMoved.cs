namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A note moved to another column or kind.</summary>
public sealed record NoteMoved(string NoteId, string Column) : SessionEvent;
