namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>Hidden notes of a workshop became visible to everyone.</summary>
public sealed record NotesRevealed(string WorkshopId, IReadOnlyList<string> NoteIds) : SessionEvent;
