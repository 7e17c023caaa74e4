namespace StartupTerritoire.Server.Api;

/// <summary>A table a participant may choose when joining.</summary>
public sealed record JoinTable(string Id, string Name);
