namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>An event with its per-log sequence number (gapless, from 1) and the instant it was decided.</summary>
public sealed record StoredEvent(long Seq, DateTimeOffset At, StreamEvent Event)
{
    /// <summary>Events decided together, numbered on from <paramref name="version"/> and stamped with one instant.</summary>
    public static List<StoredEvent> Number(IReadOnlyList<StreamEvent> events, long version, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events.Select((e, i) => new StoredEvent(version + 1 + i, at, e))];
    }
}
