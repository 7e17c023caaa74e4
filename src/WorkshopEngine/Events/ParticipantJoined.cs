namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant joined with a nickname, optionally at a table.</summary>
public sealed record ParticipantJoined(string ParticipantId, string Nickname, string? TableId) : SessionEvent;
