using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>The events of one command, or of several in a row when they came faster than sending, in sequence order, with the server's clock for countdowns.</summary>
[MessagePackObject]
public sealed class EventBatch
{
    /// <summary>The session the events belong to.</summary>
    [Key("sessionId")]
    public required string SessionId { get; init; }

    /// <summary>The events, in sequence order.</summary>
    [Key("events")]
    public required IReadOnlyList<EventMessage> Events { get; init; }

    /// <summary>The server's clock when sending, in Unix milliseconds.</summary>
    [Key("serverNow")]
    public required long ServerNow { get; init; }
}
