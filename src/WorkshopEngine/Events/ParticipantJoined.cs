namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>
/// A participant joined with a nickname, optionally at a table; <see cref="Assisted"/> when the staff added someone
/// without a phone.
/// </summary>
public sealed record ParticipantJoined(string ParticipantId, string Nickname, string? TableId, bool Assisted = false) : SessionEvent;
