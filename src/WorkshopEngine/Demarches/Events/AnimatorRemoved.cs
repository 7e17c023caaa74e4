namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>A named animator was taken off; their link no longer opens the démarche.</summary>
public sealed record AnimatorRemoved(string AnimatorId) : DemarcheEvent;
