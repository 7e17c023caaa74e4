namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant changed nickname.</summary>
public sealed record ParticipantRenamed(string ParticipantId, string Nickname) : SessionEvent;
