namespace StartupTerritoire.Server.Api;

/// <summary>A board or co-animator link, optionally scoped to a table (required for a co-animator).</summary>
public sealed record LinkRequest(string? TableId);
