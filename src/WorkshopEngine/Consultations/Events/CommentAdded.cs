namespace StartupTerritoire.WorkshopEngine.Consultations.Events;

/// <summary>A visitor commented on a proposal.</summary>
public sealed record CommentAdded(string ProposalId, string CommentId, string VisitorId, string? Nickname, string Text) : ConsultationEvent;
