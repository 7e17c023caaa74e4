using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>One event as a client receives it: its sequence number, type name, instant and payload.</summary>
[MessagePackObject]
public sealed class EventMessage
{
    /// <summary>The per-session sequence number (gapless from 1).</summary>
    [Key("seq")]
    public required long Seq { get; init; }

    /// <summary>The event type, e.g. "NoteAdded".</summary>
    [Key("type")]
    public required string Type { get; init; }

    /// <summary>When the server decided it, in Unix milliseconds.</summary>
    [Key("at")]
    public required long At { get; init; }

    /// <summary>The event's fields (camelCase), as the receiver may see them.</summary>
    [Key("data")]
    public required object? Data { get; init; }
}
