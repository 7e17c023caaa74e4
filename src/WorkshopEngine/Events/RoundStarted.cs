namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A round started; it ends at <paramref name="EndsAt"/> unless paused or extended.</summary>
public sealed record RoundStarted(string WorkshopId, string RoundId, DateTimeOffset EndsAt) : SessionEvent;
