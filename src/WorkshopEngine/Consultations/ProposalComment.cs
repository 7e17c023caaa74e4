namespace StartupTerritoire.WorkshopEngine.Consultations;

/// <summary>A comment on a proposal, under a nickname or none.</summary>
public sealed record ProposalComment(string Id, string VisitorId, string? Nickname, string Text, DateTimeOffset At);
