namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A running or paused round was given more time: its new end when running, its new remaining time when paused.</summary>
public sealed record RoundExtended(string WorkshopId, string RoundId, TimeSpan By, DateTimeOffset? EndsAt, TimeSpan? Remaining) : SessionEvent;
