namespace StartupTerritoire.Server.Api;

/// <summary>The participant's identity: keep <see cref="Token"/> on the phone to stay the same participant.</summary>
public sealed record Joined(string SessionId, string ParticipantId, string Token, long Version);
