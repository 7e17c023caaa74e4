using System.ComponentModel.DataAnnotations;

namespace StartupTerritoire.Server.Hosting;

/// <summary>The server's settings, bound from the "Workshop" configuration section.</summary>
public sealed class WorkshopOptions
{
    public const string Section = "Workshop";

    /// <summary>Where the embedded SQLite store keeps its file; relative paths start at the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>The address phones use to reach this server, used in join and animator links. Empty: the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>A snapshot is kept every this many events, so loading a session replays few events.</summary>
    [Range(10, 100_000)]
    public int SnapshotEvery { get; set; } = 200;

    /// <summary>A client further behind than this many events gets a snapshot instead of the events.</summary>
    [Range(10, 100_000)]
    public int ResyncEventLimit { get; set; } = 1000;

    /// <summary>How often the round clock looks for deadlines.</summary>
    public TimeSpan ClockPeriod { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the round clock refreshes the sessions it watches from the store (other nodes' work).</summary>
    public TimeSpan ClockRefreshPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a closed session is kept before it is purged.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often closed sessions past their retention are purged.</summary>
    public TimeSpan RetentionSweepPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long notes and clusters stay unchanged before automatic clustering suggestions are computed.</summary>
    public TimeSpan SuggestionDelay { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>The longest automatic suggestions wait while notes keep changing.</summary>
    public TimeSpan SuggestionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);
}
