namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>The démarche's name or territory changed.</summary>
public sealed record DemarcheRenamed(string Name, string Territory) : DemarcheEvent;
