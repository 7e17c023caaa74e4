namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>The input of an accélération workshop: the holder's project card.</summary>
public sealed record ProjectCard(string Holder, string Pitch, string Needs);
