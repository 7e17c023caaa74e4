namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>Someone <see cref="HallSeeder"/> made join: their id in events and snapshots, nickname and token.</summary>
public sealed record SeededParticipant(string Id, string Nickname, string Token);
