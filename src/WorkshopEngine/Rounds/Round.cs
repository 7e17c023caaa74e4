namespace StartupTerritoire.WorkshopEngine.Rounds;

/// <summary>
/// A timed step of a workshop. While running, <see cref="EndsAt"/> is the deadline; while paused,
/// <see cref="Remaining"/> is the time left.
/// </summary>
public sealed record Round(
    string Id,
    string Name,
    string Instructions,
    TimeSpan Duration,
    RoundRules Rules,
    bool AutoAdvance,
    RoundStatus Status = RoundStatus.Pending,
    DateTimeOffset? EndsAt = null,
    TimeSpan? Remaining = null,
    RoundEndReason? EndReason = null)
{
    /// <summary>Writes that arrive this long after the deadline are still accepted (network jitter).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    /// <summary>The shortest round duration.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(1);

    /// <summary>The longest round duration.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(4);
}
