using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>Something that happened to a working group. A group's state is the fold of its events in sequence order.</summary>
public abstract record GroupEvent : StreamEvent;
