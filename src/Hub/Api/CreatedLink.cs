namespace StartupTerritoire.Server.Api;

/// <summary>A board or co-animator link; the token is shown once.</summary>
public sealed record CreatedLink(string Role, string Token, string Url, string? TableId, long Version);
