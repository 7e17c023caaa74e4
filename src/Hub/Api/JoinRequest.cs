namespace StartupTerritoire.Server.Api;

/// <summary>A nickname (no account) and, when there are tables, the chosen one.</summary>
public sealed record JoinRequest(string? Nickname, string? TableId);
