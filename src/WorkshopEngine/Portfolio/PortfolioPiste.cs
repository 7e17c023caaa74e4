namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>
/// A piste of an evening linked to the démarche, as the portfolio reads it: the soirée, the workshop, the group born
/// from it (if any) and the consultation proposal the workshop came from (if any).
/// </summary>
public sealed record PortfolioPiste(
    string SessionId, string SessionTitle, DateTimeOffset SessionDate, string PisteId, string Title, string WorkshopTitle, string? GroupId, string? ProposalId);
