using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A workshop's title or input (challenge, project card, external project) changed.</summary>
public sealed record WorkshopUpdated(string WorkshopId, string Title, WorkshopInput Input) : SessionEvent;
