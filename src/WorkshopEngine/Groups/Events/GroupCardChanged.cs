namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>
/// The project card changed: its name, one-line promise, stage, theme (a key of <c>Portfolio.Themes</c> or free text)
/// and, for a stopped project, why. Theme and stop reason came later: an event stored before them reads as none.
/// </summary>
public sealed record GroupCardChanged(string Name, string Promise, GroupStage Stage, string? Theme = null, string? StopReason = null) : GroupEvent;
