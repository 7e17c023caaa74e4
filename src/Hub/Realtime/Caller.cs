using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>The identity behind a token, as told to its holder.</summary>
// MessagePack clients get it as an array in this order (docs/protocol.md §6.1); fields are only ever added at the end.
[MessagePackObject]
public sealed class Caller
{
    /// <summary>The session.</summary>
    [Key(0)]
    public required string SessionId { get; init; }

    /// <summary>animator, coAnimator, participant or board.</summary>
    [Key(1)]
    public required string Role { get; init; }

    /// <summary>The caller's principal id (the participant id for participants).</summary>
    [Key(2)]
    public required string Id { get; init; }

    /// <summary>The table of a co-animator or table board.</summary>
    [Key(3)]
    public string? TableId { get; init; }
}
