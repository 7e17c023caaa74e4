namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>
/// Something that happened to a soirée. A session's state is the fold of its events in sequence order.
/// </summary>
public abstract record SessionEvent : StreamEvent;
