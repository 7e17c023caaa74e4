using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>The events of one command, or of several in a row when they came faster than sending, in sequence order, with the server's clock for countdowns.</summary>
// MessagePack clients get it as an array in this order (docs/protocol.md §6.1); fields are only ever added at the end.
[MessagePackObject]
public sealed class EventBatch
{
    /// <summary>The session the events belong to.</summary>
    [Key(0)]
    public required string SessionId { get; init; }

    /// <summary>The events, in sequence order.</summary>
    [Key(1)]
    public required IReadOnlyList<EventMessage> Events { get; init; }

    /// <summary>The server's clock when sending, in Unix milliseconds.</summary>
    [Key(2)]
    public required long ServerNow { get; init; }
}
