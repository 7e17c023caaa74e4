namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A participant's 1-to-5 rating.</summary>
public sealed record RatingRecord(string ParticipantId, int Value);
