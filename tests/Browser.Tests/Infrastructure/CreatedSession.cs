namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>The answer of POST /api/sessions (protocol §4.1).</summary>
public sealed record CreatedSession
{
    public required string SessionId { get; init; }
    public required string JoinCode { get; init; }
    public required string JoinCodeDisplay { get; init; }
    public required string JoinUrl { get; init; }
    public required string AnimatorToken { get; init; }
    public required string AnimatorUrl { get; init; }
    public long Version { get; init; }
}
