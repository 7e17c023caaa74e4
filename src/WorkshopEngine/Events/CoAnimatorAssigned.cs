namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A co-animator identity was given the running of a table.</summary>
public sealed record CoAnimatorAssigned(string TableId, string CoAnimatorId) : SessionEvent;
