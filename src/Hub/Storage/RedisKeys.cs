using StackExchange.Redis;

namespace StartupTerritoire.Server.Storage;

/// <summary>
/// Every key the Redis store touches, one helper per kind, all under "st:" so the store can share a Redis with the
/// SignalR backplane.
/// </summary>
internal static class RedisKeys
{
    private const string Prefix = "st:";

    /// <summary>LIST of event entries; the entry of sequence number n is at index n - 1.</summary>
    public static RedisKey Events(string sessionId) => $"{Prefix}s:{sessionId}:events";

    /// <summary>HASH request id to the last sequence number of the append it made.</summary>
    public static RedisKey Requests(string sessionId) => $"{Prefix}s:{sessionId}:requests";

    /// <summary>HASH with the kept snapshot's "version" and "payload".</summary>
    public static RedisKey Snapshot(string sessionId) => $"{Prefix}s:{sessionId}:snapshot";

    /// <summary>SET of the keys outside "st:s:{id}:" that belong to the session (its join code, its credentials).</summary>
    public static RedisKey Owned(string sessionId) => $"{Prefix}s:{sessionId}:owned";

    /// <summary>STRING with the session's expiry in unix milliseconds, so keys written later get it too.</summary>
    public static RedisKey Expiry(string sessionId) => $"{Prefix}s:{sessionId}:expiry";

    /// <summary>STRING: the session id a join code belongs to.</summary>
    public static RedisKey JoinCode(string joinCode) => $"{Prefix}code:{joinCode}";

    /// <summary>STRING: a credential as JSON, by token hash.</summary>
    public static RedisKey Credential(string tokenHash) => $"{Prefix}cred:{tokenHash}";

    /// <summary>SET of the live session ids.</summary>
    public static readonly RedisKey Live = $"{Prefix}live";

    /// <summary>ZSET of session ids scored by expiry (unix milliseconds), for sweeping what Redis cannot: set members.</summary>
    public static readonly RedisKey Expiries = $"{Prefix}expiries";
}
