namespace StartupTerritoire.Server.Api;

/// <summary>
/// A created soirée. <see cref="AnimatorToken"/> is shown once: it is stored only as a hash and cannot be recovered.
/// </summary>
public sealed record CreatedSession(
    string SessionId,
    string JoinCode,
    string JoinCodeDisplay,
    string JoinUrl,
    string AnimatorToken,
    string AnimatorUrl,
    long Version);
