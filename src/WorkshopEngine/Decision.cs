using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.WorkshopEngine;

/// <summary>
/// What a command decided: the events to store, in order. No events means nothing changes; then
/// <see cref="AlreadyAt"/> names the sequence number at which the same thing was already done, when known
/// (a note posted twice with the same id).
/// </summary>
public sealed record Decision(IReadOnlyList<StreamEvent> Events, long? AlreadyAt = null)
{
    /// <summary>A decision with no change.</summary>
    public static Decision None { get; } = new([]);

    /// <summary>The events to store.</summary>
    public static Decision Of(params StreamEvent[] events) => new(events);

    /// <summary>Nothing to store: it was already done at <paramref name="seq"/>.</summary>
    public static Decision Already(long seq) => new([], seq);

    /// <summary>Whether nothing is to be stored.</summary>
    public bool IsEmpty => Events.Count == 0;
}
