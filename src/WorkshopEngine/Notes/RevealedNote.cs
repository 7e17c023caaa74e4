namespace StartupTerritoire.WorkshopEngine.Notes;

/// <summary>A note made visible, with its text at that moment, so viewers who saw it hidden can show it at once.</summary>
public sealed record RevealedNote(string NoteId, string Text);
