namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>The group ended (its project launched, or stopped, as <paramref name="Reason"/> says); retention counts from here.</summary>
public sealed record GroupClosed(string Reason) : GroupEvent;
