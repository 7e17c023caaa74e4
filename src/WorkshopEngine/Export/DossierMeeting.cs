namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A meeting in a dossier: when, how long, where, its agenda, minutes and decisions.</summary>
public sealed record DossierMeeting(string Id, string Title, DateTimeOffset StartsAt, int DurationMinutes, string Place, string Agenda, string Minutes, IReadOnlyList<string> Decisions);
