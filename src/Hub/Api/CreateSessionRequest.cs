using StartupTerritoire.Server.Realtime;

namespace StartupTerritoire.Server.Api;

/// <summary>A new soirée: title, language, anonymity, its run-of-show and optional tables.</summary>
public sealed record CreateSessionRequest
{
    public string? Title { get; init; }
    public string? Language { get; init; }
    public bool Anonymous { get; init; }
    public IReadOnlyList<WorkshopSpec>? Workshops { get; init; }
    public IReadOnlyList<TableSpec>? Tables { get; init; }

    /// <summary>Open the soirée at once (otherwise it stays in draft until the animator opens it).</summary>
    public bool Open { get; init; }
}
