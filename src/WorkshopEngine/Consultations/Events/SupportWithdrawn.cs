namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>A visitor took their support back.</summary>
public sealed record SupportWithdrawn(string ProposalId, string VisitorId) : ConsultationEvent;
