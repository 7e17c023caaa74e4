namespace StartupTerritoire.WorkshopEngine.Demarches;

/// <summary>A soirée of the démarche, with the workshops that came from proposals.</summary>
public sealed record LinkedSoiree(string SessionId, string Title, DateTimeOffset LinkedAt, IReadOnlyList<LinkedWorkshop> Workshops);

/// <summary>A workshop of a linked soirée and the proposal it came from (null for one added otherwise).</summary>
public sealed record LinkedWorkshop(string WorkshopId, string Title, string? ProposalId);
