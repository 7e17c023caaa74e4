namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>The run-of-show moved to this workshop (null: accueil or clôture).</summary>
public sealed record CurrentWorkshopChanged(string? WorkshopId) : SessionEvent;
