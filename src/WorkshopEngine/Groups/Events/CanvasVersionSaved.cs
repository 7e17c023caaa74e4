namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>The co-animators set the canvas as it stands as version <paramref name="Number"/>.</summary>
public sealed record CanvasVersionSaved(int Number, string Label) : GroupEvent;
