namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>One dot on a cluster or a note.</summary>
public sealed record VoteRecord(string RoundId, string VoterId, string TargetId);
