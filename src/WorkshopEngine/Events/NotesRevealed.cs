using StartupTerritoire.WorkshopEngine.Notes;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>Hidden notes of a workshop became visible to everyone; each comes with its current text.</summary>
public sealed record NotesRevealed(string WorkshopId, IReadOnlyList<RevealedNote> Notes) : SessionEvent;
