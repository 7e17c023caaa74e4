using System.Globalization;
using Microsoft.Data.Sqlite;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Storage;

/// <summary>
/// The single-node store: one SQLite file in WAL mode with synchronous=FULL, so an acknowledged append survives a
/// crash or a power cut. Instants are kept as round-trip ISO 8601 text (the offset is part of the event), expiries
/// as unix milliseconds so they compare as integers.
/// </summary>
internal sealed partial class SqliteSessionStore : ISessionStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS events (
            session_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            at TEXT NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS requests (
            session_id TEXT NOT NULL,
            request_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (session_id, request_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS snapshots (
            session_id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS join_codes (
            code TEXT NOT NULL PRIMARY KEY,
            session_id TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS join_codes_session ON join_codes (session_id);
        CREATE TABLE IF NOT EXISTS credentials (
            token_hash TEXT NOT NULL PRIMARY KEY,
            session_id TEXT NOT NULL,
            role TEXT NOT NULL,
            principal_id TEXT NOT NULL,
            table_id TEXT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS credentials_session ON credentials (session_id);
        CREATE TABLE IF NOT EXISTS sessions (
            session_id TEXT NOT NULL PRIMARY KEY,
            live INTEGER NOT NULL DEFAULT 0,
            expires_at INTEGER NULL
        );
        CREATE INDEX IF NOT EXISTS sessions_expires_at ON sessions (expires_at);
        """;

    // Every statement that removes a session's rows, so delete and purge cannot drift apart.
    private const string DeleteSessionRows = """
        DELETE FROM events WHERE session_id = $session;
        DELETE FROM requests WHERE session_id = $session;
        DELETE FROM snapshots WHERE session_id = $session;
        DELETE FROM join_codes WHERE session_id = $session;
        DELETE FROM credentials WHERE session_id = $session;
        DELETE FROM sessions WHERE session_id = $session;
        """;

    private readonly string _connectionString;

    // Held open without sharing for the store's lifetime: a second server on the same data folder is refused at
    // startup instead of interleaving its appends with this one's.
    private readonly FileStream _ownership;

    public SqliteSessionStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        _ownership = TakeOwnership(databasePath);

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();

        try
        {
            // Created here rather than on first use so a bad path or a read-only folder fails at startup, not on the
            // first participant's note.
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = Schema;
            command.ExecuteNonQuery();
        }
        catch
        {
            _ownership.Dispose();
            throw;
        }

        StartWriter();
    }

    /// <summary>This server holds the file alone (see <see cref="TakeOwnership"/>).</summary>
    public bool IsSoleWriter => true;

    private static FileStream TakeOwnership(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new InvalidOperationException($"Another server is using {databasePath}: stop it, or give this one its own data folder (Workshop:DataFolder).", e);
        }
    }

    public Task<AppendResult> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId, CancellationToken cancellationToken = default)
    {
        AppendArguments.Validate(sessionId, expectedVersion, events);
        return AppendGroupedAsync(sessionId, expectedVersion, events, requestId, cancellationToken);
    }

    // One append inside the group's transaction: its own compare-and-set and request-id check, as if it were alone.
    private static AppendResult AppendInTransaction(SqliteConnection connection, SqliteTransaction transaction, AppendWork append)
    {
        var (sessionId, expectedVersion, events, requestId) = (append.SessionId, append.ExpectedVersion, append.Events, append.RequestId);
        var version = ReadVersion(connection, transaction, sessionId);

        if (requestId is not null)
        {
            using var find = Command(connection, transaction, "SELECT seq FROM requests WHERE session_id = $session AND request_id = $request");
            find.Parameters.AddWithValue("$session", sessionId);
            find.Parameters.AddWithValue("$request", requestId);
            if (find.ExecuteScalar() is long storedSeq)
            {
                return AppendResult.Duplicate(version, storedSeq);
            }
        }

        if (version != expectedVersion)
        {
            return AppendResult.Conflict(version);
        }

        using (var insert = Command(connection, transaction, "INSERT INTO events (session_id, seq, type, at, payload) VALUES ($session, $seq, $type, $at, $payload)"))
        {
            insert.Parameters.AddWithValue("$session", sessionId);
            var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var at = insert.Parameters.Add("$at", SqliteType.Text);
            var payload = insert.Parameters.Add("$payload", SqliteType.Text);
            foreach (var stored in events)
            {
                seq.Value = stored.Seq;
                type.Value = SessionJson.EventTypeName(stored.Event);
                at.Value = FormatInstant(stored.At);
                payload.Value = SessionJson.SerializeEvent(stored.Event);
                insert.ExecuteNonQuery();
            }
        }

        var lastSeq = events[^1].Seq;
        if (requestId is not null)
        {
            using var remember = Command(connection, transaction, "INSERT INTO requests (session_id, request_id, seq) VALUES ($session, $request, $seq)");
            remember.Parameters.AddWithValue("$session", sessionId);
            remember.Parameters.AddWithValue("$request", requestId);
            remember.Parameters.AddWithValue("$seq", lastSeq);
            remember.ExecuteNonQuery();
        }

        return AppendResult.Appended(lastSeq);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string sessionId, long afterSeq, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        if (maxCount == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT seq, type, at, payload FROM events WHERE session_id = $session AND seq > $after ORDER BY seq LIMIT $max");
        command.Parameters.AddWithValue("$session", sessionId);
        command.Parameters.AddWithValue("$after", afterSeq);
        command.Parameters.AddWithValue("$max", maxCount);

        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(
                reader.GetInt64(0),
                ParseInstant(reader.GetString(2)),
                SessionJson.DeserializeEvent(reader.GetString(1), reader.GetString(3))));
        }

        return events;
    }

    public async Task<long?> FindRequestAsync(string sessionId, string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(requestId);

        await using var connection = await OpenAsync(cancellationToken);
        await using var find = Command(connection, null, "SELECT seq FROM requests WHERE session_id = $session AND request_id = $request");
        find.Parameters.AddWithValue("$session", sessionId);
        find.Parameters.AddWithValue("$request", requestId);
        return await find.ExecuteScalarAsync(cancellationToken) is long seq ? seq : null;
    }

    public async Task<long> GetVersionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);

        await using var connection = await OpenAsync(cancellationToken);
        return ReadVersion(connection, null, sessionId);
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
        // The WHERE on the upsert keeps a newer snapshot when a slower writer arrives with an older one.
        await WriteAsync(
            """
            INSERT INTO snapshots (session_id, version, payload) VALUES ($session, $version, $payload)
            ON CONFLICT (session_id) DO UPDATE SET version = excluded.version, payload = excluded.payload
            WHERE excluded.version >= snapshots.version
            """,
            command =>
            {
                command.Parameters.AddWithValue("$session", id);
                command.Parameters.AddWithValue("$version", version);
                command.Parameters.AddWithValue("$payload", payload);
            },
            cancellationToken);
    }

    private async Task<string?> LoadSnapshotPayloadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT payload FROM snapshots WHERE session_id = $session");
        command.Parameters.AddWithValue("$session", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<bool> TryReserveJoinCodeAsync(string joinCode, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(joinCode);
        ArgumentException.ThrowIfNullOrEmpty(sessionId);

        var inserted = await WriteAsync(
            "INSERT INTO join_codes (code, session_id) VALUES ($code, $session) ON CONFLICT (code) DO NOTHING",
            command =>
            {
                command.Parameters.AddWithValue("$code", joinCode);
                command.Parameters.AddWithValue("$session", sessionId);
            },
            cancellationToken);
        return inserted == 1;
    }

    public async Task<string?> FindSessionByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(joinCode);

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT session_id FROM join_codes WHERE code = $code");
        command.Parameters.AddWithValue("$code", joinCode);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SaveCredentialAsync(Credential credential, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);

        await WriteAsync(
            """
            INSERT INTO credentials (token_hash, session_id, role, principal_id, table_id, created_at)
            VALUES ($hash, $session, $role, $principal, $table, $created)
            ON CONFLICT (token_hash) DO UPDATE SET session_id = excluded.session_id, role = excluded.role,
                principal_id = excluded.principal_id, table_id = excluded.table_id, created_at = excluded.created_at
            """,
            command =>
            {
                command.Parameters.AddWithValue("$hash", credential.TokenHash);
                command.Parameters.AddWithValue("$session", credential.SessionId);
                command.Parameters.AddWithValue("$role", credential.Role.ToString());
                command.Parameters.AddWithValue("$principal", credential.PrincipalId);
                command.Parameters.AddWithValue("$table", (object?)credential.TableId ?? DBNull.Value);
                command.Parameters.AddWithValue("$created", FormatInstant(credential.CreatedAt));
            },
            cancellationToken);
    }

    public async Task<Credential?> FindCredentialAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT session_id, role, principal_id, table_id, created_at FROM credentials WHERE token_hash = $hash");
        command.Parameters.AddWithValue("$hash", tokenHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Credential(
            tokenHash,
            reader.GetString(0),
            Enum.Parse<Role>(reader.GetString(1)),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            ParseInstant(reader.GetString(4)));
    }

    public async Task SetLiveAsync(string sessionId, bool live, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);

        await WriteAsync(
            "INSERT INTO sessions (session_id, live) VALUES ($session, $live) ON CONFLICT (session_id) DO UPDATE SET live = excluded.live",
            command =>
            {
                command.Parameters.AddWithValue("$session", sessionId);
                command.Parameters.AddWithValue("$live", live ? 1 : 0);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListLiveSessionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT session_id FROM sessions WHERE live = 1 ORDER BY session_id");
        var sessions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sessions.Add(reader.GetString(0));
        }

        return sessions;
    }

    public async Task SetExpiryAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);

        await WriteAsync(
            "INSERT INTO sessions (session_id, expires_at) VALUES ($session, $expires) ON CONFLICT (session_id) DO UPDATE SET expires_at = excluded.expires_at",
            command =>
            {
                command.Parameters.AddWithValue("$session", sessionId);
                command.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
            },
            cancellationToken);
    }

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            var expired = new List<string>();
            using (var find = Command(connection, transaction, "SELECT session_id FROM sessions WHERE expires_at <= $now"))
            {
                find.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                using var reader = find.ExecuteReader();
                while (reader.Read())
                {
                    expired.Add(reader.GetString(0));
                }
            }

            using (var delete = Command(connection, transaction, DeleteSessionRows))
            {
                var session = delete.Parameters.Add("$session", SqliteType.Text);
                foreach (var sessionId in expired)
                {
                    session.Value = sessionId;
                    delete.ExecuteNonQuery();
                }
            }

            return expired.Count;
        }, cancellationToken);

    public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);

        return WriteAsync((connection, transaction) =>
        {
            using var delete = Command(connection, transaction, DeleteSessionRows);
            delete.Parameters.AddWithValue("$session", sessionId);
            delete.ExecuteNonQuery();
            return true;
        }, cancellationToken);
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = Command(connection, null, "SELECT 1");
            return await command.ExecuteScalarAsync(cancellationToken) is 1L;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static long ReadVersion(SqliteConnection connection, SqliteTransaction? transaction, string sessionId)
    {
        using var command = Command(connection, transaction, "SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = $session");
        command.Parameters.AddWithValue("$session", sessionId);
        return (long)command.ExecuteScalar()!;
    }

    private Task<int> WriteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) =>
        {
            using var command = Command(connection, transaction, sql);
            bind(command);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Configure(connection);
        return connection;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Configure(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Per-connection settings (unlike journal_mode, which the file remembers): synchronous=FULL makes every commit
    // fsync the WAL, so an acknowledged append is on disk.
    private static void Configure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        command.ExecuteNonQuery();
    }

    private static string FormatInstant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseInstant(string text)
    {
        if (!DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            throw new FormatException($"Unreadable stored instant '{text}'.");
        }

        return instant;
    }
}
