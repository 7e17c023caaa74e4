namespace StartupTerritoire.Server.Groups;

/// <summary>The group's version once the write is stored.</summary>
public sealed record Versioned(long Version);
