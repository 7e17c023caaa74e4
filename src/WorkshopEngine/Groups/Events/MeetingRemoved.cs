namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A meeting that never ran was taken off.</summary>
public sealed record MeetingRemoved(string MeetingId) : GroupEvent;
