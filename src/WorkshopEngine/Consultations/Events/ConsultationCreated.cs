namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>A démarche's consultation was created, open, with the public code people reach it by.</summary>
public sealed record ConsultationCreated(string ConsultationId, string DemarcheId, string JoinCode) : ConsultationEvent;
