namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>The coordinator hid a proposal (off-topic or abusive); it is no longer shown nor picked.</summary>
public sealed record ProposalHidden(string ProposalId) : ConsultationEvent;
