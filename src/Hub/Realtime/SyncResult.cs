using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The answer to <c>Sync(lastSeq)</c>: either the missing events (in order), or, when the client is too far behind or
/// new, a snapshot at <see cref="Version"/>; never both.
/// </summary>
[MessagePackObject]
public sealed class SyncResult
{
    /// <summary>Who the caller is.</summary>
    [Key("me")]
    public required Caller Me { get; init; }

    /// <summary>The session's version the answer brings the caller to.</summary>
    [Key("version")]
    public required long Version { get; init; }

    /// <summary>The missing events, or null when a snapshot is sent.</summary>
    [Key("events")]
    public IReadOnlyList<EventMessage>? Events { get; init; }

    /// <summary>The session as the caller may see it, or null when events are sent.</summary>
    [Key("snapshot")]
    public object? Snapshot { get; init; }

    /// <summary>The server's clock, in Unix milliseconds.</summary>
    [Key("serverNow")]
    public required long ServerNow { get; init; }
}
