using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>One event as a client receives it: its sequence number, type name, instant and payload.</summary>
// MessagePack clients get it as an array in this order (docs/protocol.md §6.1); fields are only ever added at the end.
[MessagePackObject]
public sealed class EventMessage
{
    /// <summary>The per-session sequence number (gapless from 1).</summary>
    [Key(0)]
    public required long Seq { get; init; }

    /// <summary>The event type, e.g. "NoteAdded".</summary>
    [Key(1)]
    [MessagePackFormatter(typeof(EventTypeFormatter))]
    public required string Type { get; init; }

    /// <summary>When the server decided it, in Unix milliseconds.</summary>
    [Key(2)]
    public required long At { get; init; }

    /// <summary>The event's fields (camelCase), as the receiver may see them.</summary>
    [Key(3)]
    [MessagePackFormatter(typeof(WireDataFormatter))]
    public required object? Data { get; init; }
}
