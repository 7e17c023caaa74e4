namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>A working group started from scratch now belongs to the démarche.</summary>
public sealed record GroupLinked(string GroupId) : DemarcheEvent;
