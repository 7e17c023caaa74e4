namespace StartupTerritoire.WorkshopEngine.Sessions;

/// <summary>Someone who joined with a nickname (no account), optionally seated at a table.</summary>
public sealed record Participant(string Id, string Nickname, string? TableId, DateTimeOffset JoinedAt);
