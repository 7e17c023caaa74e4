namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>A visitor supported a proposal (+1); once per visitor.</summary>
public sealed record ProposalSupported(string ProposalId, string VisitorId) : ConsultationEvent;
