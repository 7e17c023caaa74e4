using System.Buffers;
using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Storage;

/// <summary>
/// The multi-node store. Each session's log is a LIST rather than a HASH of seq to entry: appends are gapless from 1
/// and only the append script writes it, so the entry of sequence number n sits at index n - 1, LLEN is the version
/// (no separate counter to keep in step) and a catch-up read is one LRANGE with no sorting.
/// </summary>
/// <remarks>
/// Durability follows the server's AOF policy: Redis writes the AOF before it replies, so an acknowledged append
/// survives the Redis process being killed; with <c>appendfsync everysec</c> an operating-system crash may lose the
/// last second, and <c>appendfsync always</c> closes that gap. The scripts that reach a session's join code and
/// credentials read their key names from the session's owned set, which is fine on a single Redis but not on a
/// Redis Cluster.
/// </remarks>
internal sealed partial class RedisSessionStore(IConnectionMultiplexer connection) : ISessionStore
{
    private const long AppendedStatus = 0;
    private const long ConflictStatus = 1;
    private const long DuplicateStatus = 2;

    /// <summary>Nodes share the store: every append is decided on a state read back from it.</summary>
    public bool IsSoleWriter => false;

    // KEYS: events, requests, expiry. ARGV: expected version, "1" when a request id follows, request id, entries...
    // Returns { status, version, seq }.
    private const string AppendScript = """
        local version = redis.call('LLEN', KEYS[1])
        if ARGV[2] == '1' then
            local seq = redis.call('HGET', KEYS[2], ARGV[3])
            if seq then
                return { 2, version, tonumber(seq) }
            end
        end
        if version ~= tonumber(ARGV[1]) then
            return { 1, version, 0 }
        end
        for i = 4, #ARGV do
            redis.call('RPUSH', KEYS[1], ARGV[i])
        end
        local last = version + #ARGV - 3
        if ARGV[2] == '1' then
            redis.call('HSET', KEYS[2], ARGV[3], last)
        end
        local at = redis.call('GET', KEYS[3])
        if at then
            redis.call('PEXPIREAT', KEYS[1], at)
            redis.call('PEXPIREAT', KEYS[2], at)
        end
        return { 0, last, last }
        """;

    // KEYS: snapshot, expiry. ARGV: version, payload. An older snapshot than the kept one is ignored.
    private const string SaveSnapshotScript = """
        local kept = redis.call('HGET', KEYS[1], 'version')
        if kept and tonumber(kept) > tonumber(ARGV[1]) then
            return 0
        end
        redis.call('HSET', KEYS[1], 'version', ARGV[1], 'payload', ARGV[2])
        local at = redis.call('GET', KEYS[2])
        if at then
            redis.call('PEXPIREAT', KEYS[1], at)
        end
        return 1
        """;

    // KEYS: the owned key (join code or credential), the session's owned set, expiry. ARGV: value, "1" for SET NX.
    private const string SaveOwnedScript = """
        if ARGV[2] == '1' then
            if not redis.call('SET', KEYS[1], ARGV[1], 'NX') then
                return 0
            end
        else
            redis.call('SET', KEYS[1], ARGV[1])
        end
        redis.call('SADD', KEYS[2], KEYS[1])
        local at = redis.call('GET', KEYS[3])
        if at then
            redis.call('PEXPIREAT', KEYS[1], at)
            redis.call('PEXPIREAT', KEYS[2], at)
        end
        return 1
        """;

    // KEYS: events, requests, snapshot, owned, expiry, expiries. ARGV: unix ms, session id.
    // The expiry is also kept so that keys written afterwards (a new event list, a late credential) get it too.
    private const string SetExpiryScript = """
        for _, key in ipairs(redis.call('SMEMBERS', KEYS[4])) do
            redis.call('PEXPIREAT', key, ARGV[1])
        end
        redis.call('SET', KEYS[5], ARGV[1])
        for i = 1, 5 do
            redis.call('PEXPIREAT', KEYS[i], ARGV[1])
        end
        redis.call('ZADD', KEYS[6], ARGV[1], ARGV[2])
        return 1
        """;

    // KEYS: events, requests, snapshot, owned, expiry, expiries, live. ARGV: session id, and "now" in unix ms to
    // delete only when the session is due (empty: unconditionally). Returns 1 when the session was deleted.
    private const string DeleteScript = """
        if ARGV[2] ~= '' then
            local due = redis.call('ZSCORE', KEYS[6], ARGV[1])
            if not due or tonumber(due) > tonumber(ARGV[2]) then
                return 0
            end
        end
        for _, key in ipairs(redis.call('SMEMBERS', KEYS[4])) do
            redis.call('DEL', key)
        end
        redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5])
        redis.call('ZREM', KEYS[6], ARGV[1])
        redis.call('SREM', KEYS[7], ARGV[1])
        return 1
        """;

    private IDatabase Database => connection.GetDatabase();

    public async Task<AppendResult> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId, CancellationToken cancellationToken = default)
    {
        AppendArguments.Validate(sessionId, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();

        var values = new RedisValue[3 + events.Count];
        values[0] = expectedVersion;
        values[1] = requestId is null ? "0" : "1";
        values[2] = requestId ?? string.Empty;
        for (var i = 0; i < events.Count; i++)
        {
            values[3 + i] = WriteEntry(events[i]);
        }

        // No cancellation past this point: the script either ran or not, and a retry with the same request id is
        // how a caller learns which.
        var result = (long[])(await Database.ScriptEvaluateAsync(
            AppendScript,
            [RedisKeys.Events(sessionId), RedisKeys.Requests(sessionId), RedisKeys.Expiry(sessionId)],
            values))!;

        return result[0] switch
        {
            AppendedStatus => AppendResult.Appended(result[2]),
            ConflictStatus => AppendResult.Conflict(result[1]),
            DuplicateStatus => AppendResult.Duplicate(result[1], result[2]),
            _ => throw new InvalidOperationException($"Unexpected append status {result[0]}."),
        };
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string sessionId, long afterSeq, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        if (maxCount == 0)
        {
            return [];
        }

        // Sequence number n is at index n - 1, so the events after afterSeq start at index afterSeq.
        var start = Math.Max(afterSeq, 0);
        var entries = await Database.ListRangeAsync(RedisKeys.Events(sessionId), start, start + maxCount - 1);
        var events = new StoredEvent[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            events[i] = ReadEntry(entries[i]!);
        }

        return events;
    }

    public async Task<long?> FindRequestAsync(string sessionId, string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        cancellationToken.ThrowIfCancellationRequested();

        var seq = await Database.HashGetAsync(RedisKeys.Requests(sessionId), requestId);
        return seq.IsNull ? null : (long)seq;
    }

    public async Task<long> GetVersionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        cancellationToken.ThrowIfCancellationRequested();

        return await Database.ListLengthAsync(RedisKeys.Events(sessionId));
    }

    public Task SaveSnapshotAsync(SessionSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SaveSnapshotPayloadAsync(snapshot.Id, snapshot.Version, SessionJson.SerializeSnapshot(snapshot), cancellationToken);
    }

    public async Task<SessionSnapshot?> LoadSnapshotAsync(string sessionId, CancellationToken cancellationToken = default) =>
        await LoadSnapshotPayloadAsync(sessionId, cancellationToken) is { } payload ? SessionJson.DeserializeSnapshot(payload) : null;

    private async Task SaveSnapshotPayloadAsync(string id, long version, string payload, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Database.ScriptEvaluateAsync(SaveSnapshotScript, [RedisKeys.Snapshot(id), RedisKeys.Expiry(id)], [version, payload]);
    }

    private async Task<string?> LoadSnapshotPayloadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        cancellationToken.ThrowIfCancellationRequested();

        var payload = await Database.HashGetAsync(RedisKeys.Snapshot(id), "payload");
        return payload.IsNull ? null : (string?)payload;
    }

    public async Task<bool> TryReserveJoinCodeAsync(string joinCode, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(joinCode);
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        cancellationToken.ThrowIfCancellationRequested();

        var reserved = await Database.ScriptEvaluateAsync(
            SaveOwnedScript,
            [RedisKeys.JoinCode(joinCode), RedisKeys.Owned(sessionId), RedisKeys.Expiry(sessionId)],
            [sessionId, "1"]);
        return (long)reserved == 1;
    }

    public async Task<string?> FindSessionByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(joinCode);
        cancellationToken.ThrowIfCancellationRequested();

        return await Database.StringGetAsync(RedisKeys.JoinCode(joinCode));
    }

    public async Task SaveCredentialAsync(Credential credential, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        cancellationToken.ThrowIfCancellationRequested();

        await Database.ScriptEvaluateAsync(
            SaveOwnedScript,
            [RedisKeys.Credential(credential.TokenHash), RedisKeys.Owned(credential.SessionId), RedisKeys.Expiry(credential.SessionId)],
            [JsonSerializer.Serialize(credential, SessionJson.Options), "0"]);
    }

    public async Task<Credential?> FindCredentialAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        cancellationToken.ThrowIfCancellationRequested();

        var json = await Database.StringGetAsync(RedisKeys.Credential(tokenHash));
        return json.IsNull ? null : JsonSerializer.Deserialize<Credential>(json.ToString(), SessionJson.Options);
    }

    public async Task SetLiveAsync(string sessionId, bool live, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        cancellationToken.ThrowIfCancellationRequested();

        if (live)
        {
            await Database.SetAddAsync(RedisKeys.Live, sessionId);
        }
        else
        {
            await Database.SetRemoveAsync(RedisKeys.Live, sessionId);
        }
    }

    public async Task<IReadOnlyList<string>> ListLiveSessionsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var members = await Database.SetMembersAsync(RedisKeys.Live);
        return [.. members.Select(m => m.ToString()).Order(StringComparer.Ordinal)];
    }

    public async Task SetExpiryAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        cancellationToken.ThrowIfCancellationRequested();

        await Database.ScriptEvaluateAsync(
            SetExpiryScript,
            [
                RedisKeys.Events(sessionId), RedisKeys.Requests(sessionId), RedisKeys.Snapshot(sessionId),
                RedisKeys.Owned(sessionId), RedisKeys.Expiry(sessionId), RedisKeys.Expiries,
            ],
            [expiresAt.ToUnixTimeMilliseconds(), sessionId]);
    }

    /// <summary>
    /// Redis drops the session's keys by itself at the expiry; what it cannot drop is the session's membership of the
    /// live set, so this sweeps the sessions that are due (and any key left over) and returns how many.
    /// </summary>
    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var nowMs = now.ToUnixTimeMilliseconds();
        var due = await Database.SortedSetRangeByScoreAsync(RedisKeys.Expiries, double.NegativeInfinity, nowMs);
        var purged = 0;
        foreach (var sessionId in due)
        {
            // The script checks the expiry again: it may have been pushed back since the range was read.
            if (await DeleteAsync(sessionId!, nowMs.ToString(CultureInfo.InvariantCulture)))
            {
                purged++;
            }
        }

        return purged;
    }

    public async Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        cancellationToken.ThrowIfCancellationRequested();

        await DeleteAsync(sessionId, string.Empty);
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        try
        {
            await Database.PingAsync();
            return true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return false;
        }
    }

    private async Task<bool> DeleteAsync(string sessionId, string dueAt)
    {
        var deleted = await Database.ScriptEvaluateAsync(
            DeleteScript,
            [
                RedisKeys.Events(sessionId), RedisKeys.Requests(sessionId), RedisKeys.Snapshot(sessionId),
                RedisKeys.Owned(sessionId), RedisKeys.Expiry(sessionId), RedisKeys.Expiries, RedisKeys.Live,
            ],
            [sessionId, dueAt]);
        return (long)deleted == 1;
    }

    // {"seq":1,"type":"NoteAdded","at":"2025-…","payload":{…}}: the payload is embedded as JSON, not as a string, so
    // the log stays readable with redis-cli.
    private static byte[] WriteEntry(StoredEvent stored)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", stored.Seq);
            writer.WriteString("type", SessionJson.EventTypeName(stored.Event));
            writer.WriteString("at", stored.At);
            writer.WritePropertyName("payload");
            writer.WriteRawValue(SessionJson.SerializeEvent(stored.Event));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static StoredEvent ReadEntry(byte[] entry)
    {
        using var document = JsonDocument.Parse(entry);
        var root = document.RootElement;
        return new StoredEvent(
            root.GetProperty("seq").GetInt64(),
            root.GetProperty("at").GetDateTimeOffset(),
            SessionJson.DeserializeEvent(root.GetProperty("type").GetString()!, root.GetProperty("payload").GetRawText()));
    }
}
