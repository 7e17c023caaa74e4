namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A paused round runs again until <paramref name="EndsAt"/>.</summary>
public sealed record RoundResumed(string WorkshopId, string RoundId, DateTimeOffset EndsAt) : SessionEvent;
