using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The answer to <c>Sync(lastSeq)</c>: either the missing events (in order), or, when the client is too far behind or
/// new, a snapshot at <see cref="Version"/>; never both.
/// </summary>
// MessagePack clients get it as an array in this order (docs/protocol.md §6.1); fields are only ever added at the end.
[MessagePackObject]
public sealed class SyncResult
{
    /// <summary>Who the caller is.</summary>
    [Key(0)]
    public required Caller Me { get; init; }

    /// <summary>The session's version the answer brings the caller to.</summary>
    [Key(1)]
    public required long Version { get; init; }

    /// <summary>The missing events, or null when a snapshot is sent.</summary>
    [Key(2)]
    public IReadOnlyList<EventMessage>? Events { get; init; }

    /// <summary>The session as the caller may see it, or null when events are sent.</summary>
    [Key(3)]
    [MessagePackFormatter(typeof(WireDataFormatter))]
    public object? Snapshot { get; init; }

    /// <summary>The server's clock, in Unix milliseconds.</summary>
    [Key(4)]
    public required long ServerNow { get; init; }
}
