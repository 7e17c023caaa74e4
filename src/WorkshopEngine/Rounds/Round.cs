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

    /// <summary>
    /// In a round where people write notes, the deadline's grace: someone typing as the time runs out still has a
    /// few seconds to send, and the round ends only then.
    /// </summary>
    public static readonly TimeSpan WritingGrace = TimeSpan.FromSeconds(5);

    /// <summary>The shortest round duration.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(1);

    /// <summary>The longest round duration.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(4);

    /// <summary>How long after its deadline this round still takes writes and keeps running.</summary>
    /// <remarks>A method, not a property, so that it never becomes part of the stored or sent shape of a round.</remarks>
    public TimeSpan GraceAfterDeadline() => Rules.Columns.Count > 0 ? WritingGrace : Grace;
}
