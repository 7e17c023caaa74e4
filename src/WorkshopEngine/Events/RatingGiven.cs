namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant rated the workshop's project 1 to 5 (replacing an earlier rating).</summary>
public sealed record RatingGiven(string WorkshopId, string ParticipantId, int Value) : SessionEvent;
