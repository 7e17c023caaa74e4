namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>An event with its per-log sequence number (gapless, from 1) and the instant it was decided.</summary>
public sealed record StoredEvent(long Seq, DateTimeOffset At, StreamEvent Event);
