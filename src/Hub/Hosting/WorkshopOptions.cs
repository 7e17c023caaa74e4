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

    /// <summary>
    /// How long participants' arrivals (joins, renames, table choices) may wait before going to phones and boards
    /// together; the staff get them at once (see BroadcastQueue for the measured choice). Zero sends them every round
    /// like any event. Kept under a client's wait before it asks for a missing event (docs/protocol.md §8).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:01.2")]
    public TimeSpan ArrivalBatchWindow { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the round clock looks for deadlines.</summary>
    public TimeSpan ClockPeriod { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the round clock refreshes the sessions it watches from the store (other nodes' work).</summary>
    public TimeSpan ClockRefreshPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a closed session is kept before it is purged.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often closed sessions past their retention are purged.</summary>
    public TimeSpan RetentionSweepPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a soirée (or a working group, démarche or consultation) stays in this node's memory with no live
    /// connection and no command before it is dropped; its next use loads it again from the store. Zero keeps
    /// everything loaded until it is purged.
    /// </summary>
    public TimeSpan IdleEviction { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long notes and clusters stay unchanged before automatic clustering suggestions are computed.</summary>
    public TimeSpan SuggestionDelay { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>The longest automatic suggestions wait while notes keep changing.</summary>
    public TimeSpan SuggestionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Origins (scheme://host[:port]) besides the server's own whose pages may open the live connection. The
    /// server's own address, its public base URL and its LAN addresses are always allowed.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Failed joins (a code that leads nowhere) one network address may make per window before it must wait.</summary>
    [Range(1, 1_000_000)]
    public int JoinFailuresPerAddress { get; set; } = 30;

    /// <summary>Failed joins the whole server takes per window before every address with a recent failure must wait.</summary>
    [Range(1, 10_000_000)]
    public int JoinFailuresGlobal { get; set; } = 1000;

    /// <summary>The window over which failed joins are counted.</summary>
    public TimeSpan JoinFailureWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Consultation visitor tokens one network address may take per <see cref="VisitorWindow"/> (a whole hall behind one address fits).</summary>
    [Range(1, 1_000_000)]
    public int VisitorsPerAddress { get; set; } = 60;

    /// <summary>The window over which visitor tokens are counted.</summary>
    public TimeSpan VisitorWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Hub invocations a caller may make in a burst.</summary>
    [Range(1, 1_000_000)]
    public int CallBurst { get; set; } = 100;

    /// <summary>Hub invocations a caller may make per second once the burst is spent.</summary>
    [Range(1, 1_000_000)]
    public int CallsPerSecond { get; set; } = 20;

    /// <summary>Notes written (added or edited) a participant may send in a burst, e.g. an outbox sent after a dead zone.</summary>
    [Range(1, 1_000_000)]
    public int NoteBurst { get; set; } = 30;

    /// <summary>Notes written per minute once the burst is spent.</summary>
    [Range(1, 1_000_000)]
    public int NotesPerMinute { get; set; } = 30;

    /// <summary>
    /// Live connections a caller may lose to its own protocol errors (malformed, oversized frames, no handshake) per
    /// minute before each new connection of theirs waits <see cref="ProtocolStrikePenalty"/>. A phone on bad Wi-Fi
    /// may lose a handshake now and then; a client that keeps sending garbage is slowed down, not the room.
    /// </summary>
    [Range(1, 1_000_000)]
    public int ProtocolStrikesPerCaller { get; set; } = 3;

    /// <summary>The same per network address, for a client that changes tokens; high, since a hall shares one address.</summary>
    [Range(1, 1_000_000)]
    public int ProtocolStrikesPerAddress { get; set; } = 120;

    /// <summary>How long a new live connection waits once its caller or address used up its protocol strikes.</summary>
    public TimeSpan ProtocolStrikePenalty { get; set; } = TimeSpan.FromSeconds(1);
}
