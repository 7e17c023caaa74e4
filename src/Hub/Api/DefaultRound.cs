namespace StartupTerritoire.Server.Api;

/// <summary>A round of a format's default script, as the home page shows it before a soirée exists.</summary>
public sealed record DefaultRound(string Id, RoundName Name, int Minutes);
