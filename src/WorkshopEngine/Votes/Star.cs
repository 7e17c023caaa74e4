namespace StartupTerritoire.WorkshopEngine.Votes;

/// <summary>A note or cluster the project holder keeps.</summary>
public sealed record Star(string WorkshopId, string TargetId);
