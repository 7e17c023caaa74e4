namespace StartupTerritoire.Server.Api;

/// <summary>A round's name in both languages.</summary>
public sealed record RoundName(string Fr, string En);
