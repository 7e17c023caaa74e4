namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>The input of an essaimage workshop: a project sheet from another territory.</summary>
public sealed record ExternalProject(string Name, string OriginTerritory, string Description, IReadOnlyList<string> SuccessFactors);
