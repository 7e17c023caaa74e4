using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A round ended: completed by the animator, skipped, or at its deadline.</summary>
public sealed record RoundEnded(string WorkshopId, string RoundId, RoundEndReason Reason) : SessionEvent;
