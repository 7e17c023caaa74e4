namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A meeting was scheduled or changed: date, place, agenda, minutes, decisions, its live log (whole).</summary>
public sealed record MeetingSet(Meeting Meeting) : GroupEvent;
