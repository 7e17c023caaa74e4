namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant took one dot back.</summary>
public sealed record VoteWithdrawn(string WorkshopId, string RoundId, string VoterId, string TargetId) : SessionEvent;
