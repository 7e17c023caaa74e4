namespace StartupTerritoire.WorkshopEngine.Votes;

/// <summary>One dot put by a voter on a cluster or a note during a voting round.</summary>
public sealed record DotVote(string WorkshopId, string RoundId, string VoterId, string TargetId);
