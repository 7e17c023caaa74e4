using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>The identity behind a token, as told to its holder.</summary>
[MessagePackObject]
public sealed class Caller
{
    /// <summary>The session.</summary>
    [Key("sessionId")]
    public required string SessionId { get; init; }

    /// <summary>animator, coAnimator, participant or board.</summary>
    [Key("role")]
    public required string Role { get; init; }

    /// <summary>The caller's principal id (the participant id for participants).</summary>
    [Key("id")]
    public required string Id { get; init; }

    /// <summary>The table of a co-animator or table board.</summary>
    [Key("tableId")]
    public string? TableId { get; init; }
}
