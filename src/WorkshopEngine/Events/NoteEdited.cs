namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A note's text changed.</summary>
public sealed record NoteEdited(string NoteId, string? Text) : SessionEvent;
