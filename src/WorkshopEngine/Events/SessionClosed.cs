namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>The soirée closed: nothing more can be written.</summary>
public sealed record SessionClosed : SessionEvent;
