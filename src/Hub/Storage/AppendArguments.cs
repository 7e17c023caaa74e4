using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.Server.Storage;

/// <summary>The argument checks every store makes before an append, so a caller's numbering bug fails the same way everywhere.</summary>
internal static class AppendArguments
{
    public static void Validate(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        for (var i = 0; i < events.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(events[i]);
            if (events[i].Seq != expectedVersion + 1 + i)
            {
                throw new ArgumentException(
                    $"Event {i} has sequence number {events[i].Seq}; expected {expectedVersion + 1 + i} (gapless from the expected version).",
                    nameof(events));
            }
        }
    }
}
