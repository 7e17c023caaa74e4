namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A note took another colour.</summary>
public sealed record NoteRecoloured(string NoteId, string Colour) : SessionEvent;
