namespace StartupTerritoire.Server.Api;

/// <summary>
/// A nickname (no account) and, when there are tables, the chosen one. <see cref="JoinId"/>, made at random on the
/// phone and sent again unchanged on a retry, makes the join idempotent: the retry answers the same participant.
/// </summary>
public sealed record JoinRequest(string? Nickname, string? TableId, string? JoinId = null);
