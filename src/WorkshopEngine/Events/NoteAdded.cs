namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A note was posted; hidden notes are seen only by their author and the animators until revealed.</summary>
public sealed record NoteAdded(string NoteId, string WorkshopId, string RoundId, string AuthorId, string Column, string? Text, string Colour, bool Hidden) : SessionEvent;
