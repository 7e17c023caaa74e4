namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>
/// Something that happened in one of the logs the stores keep: a soirée's (<see cref="SessionEvent"/>) or a working
/// group's (<see cref="Groups.Events.GroupEvent"/>). The stores number, keep and hand back events without reading them.
/// </summary>
public abstract record StreamEvent;
