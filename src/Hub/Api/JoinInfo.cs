namespace StartupTerritoire.Server.Api;

/// <summary>What a phone learns from a join code before choosing a nickname.</summary>
public sealed record JoinInfo(string SessionId, string Title, string Language, string State, bool JoiningLocked, IReadOnlyList<JoinTable> Tables);
