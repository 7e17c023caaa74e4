namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>The soirée opened: participants may join and rounds may run.</summary>
public sealed record SessionOpened : SessionEvent;
