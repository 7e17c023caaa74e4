using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>Something that happened to a territory's démarche. Its state is the fold of its events in sequence order.</summary>
public abstract record DemarcheEvent : StreamEvent;
