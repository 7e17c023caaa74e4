namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>The project card changed: its name, one-line promise and stage.</summary>
public sealed record GroupCardChanged(string Name, string Promise, GroupStage Stage) : GroupEvent;
