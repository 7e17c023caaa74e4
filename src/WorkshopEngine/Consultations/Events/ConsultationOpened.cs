namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>The consultation takes proposals, supports and comments again.</summary>
public sealed record ConsultationOpened : ConsultationEvent;
