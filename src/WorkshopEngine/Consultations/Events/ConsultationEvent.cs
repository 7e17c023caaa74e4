using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>Something that happened to a démarche's consultation. Its state is the fold of its events in sequence order.</summary>
public abstract record ConsultationEvent : StreamEvent;
