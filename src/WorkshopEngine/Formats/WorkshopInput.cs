namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>What a workshop works on; exactly the member matching its format is set.</summary>
public sealed record WorkshopInput(Challenge? Challenge = null, ProjectCard? ProjectCard = null, ExternalProject? ExternalProject = null);
