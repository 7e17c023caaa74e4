namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant became (or, when null, stopped being) the project holder of a workshop.</summary>
public sealed record HolderAssigned(string WorkshopId, string? ParticipantId) : SessionEvent;
