namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant put one dot on a cluster or a note.</summary>
public sealed record VoteCast(string WorkshopId, string RoundId, string VoterId, string TargetId) : SessionEvent;
