namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant chose (or was assigned) a table; null leaves every table.</summary>
public sealed record ParticipantTableChosen(string ParticipantId, string? TableId) : SessionEvent;
