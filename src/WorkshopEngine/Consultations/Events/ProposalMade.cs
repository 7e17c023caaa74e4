namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>A proposal was made, or changed by its author (whole); supports and comments stay.</summary>
public sealed record ProposalMade(Proposal Proposal) : ConsultationEvent;
