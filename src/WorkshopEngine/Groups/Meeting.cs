namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// A meeting of the group: when and where, its agenda, then its minutes and decisions. When it runs live,
/// <see cref="LiveSessionId"/> names the soirée-like log its rounds, notes and clusters live in.
/// </summary>
public sealed record Meeting(
    string Id,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    string Place,
    string Agenda,
    string Minutes,
    IReadOnlyList<string> Decisions,
    string? LiveSessionId = null,
    string? LiveJoinCode = null);
