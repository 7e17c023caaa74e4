namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A cluster (or a free title) became a piste d'activité.</summary>
public sealed record PistePromoted(string PisteId, string WorkshopId, string? ClusterId, string Title) : SessionEvent;
