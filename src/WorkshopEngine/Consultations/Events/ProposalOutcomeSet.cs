namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>What became of a proposal, as decided by the démarche: picked into the plan, into a soirée.</summary>
public sealed record ProposalOutcomeSet(string ProposalId, ProposalOutcome Outcome) : ConsultationEvent;
