namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>The consultation no longer takes proposals, supports or comments; it stays readable.</summary>
public sealed record ConsultationClosed : ConsultationEvent;
