namespace StartupTerritoire.WorkshopEngine.Sessions;

/// <summary>
/// Someone who joined with a nickname (no account), optionally seated at a table. An <see cref="Assisted"/> participant
/// has no phone of their own: the staff of their table added them and posts for them.
/// </summary>
public sealed record Participant(string Id, string Nickname, string? TableId, DateTimeOffset JoinedAt, bool Assisted = false);
