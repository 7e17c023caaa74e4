using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Storage;

/// <summary>
/// Where soirées and working groups are kept: an append-only event log per session or group with optimistic concurrency and request
/// idempotency, snapshots, the join-code index and the credentials. Every adapter passes the same contract tests.
/// </summary>
public interface ISessionStore
{
    /// <summary>
    /// True when this process alone writes the store (it holds it exclusively, like an embedded file): nobody else can
    /// append between two of its appends, so a node may queue a session's next append before the previous one is
    /// durable, and fold its own events without reading them back.
    /// </summary>
    bool IsSoleWriter { get; }

    /// <summary>
    /// Appends events numbered <c>expectedVersion + 1</c> onwards, atomically, only when the session is at
    /// <paramref name="expectedVersion"/>; when <paramref name="requestId"/> was already applied to this session,
    /// stores nothing and answers <see cref="AppendStatus.Duplicate"/> with the earlier append's last sequence number.
    /// Returns only once the events are durable.
    /// </summary>
    Task<AppendResult> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId, CancellationToken cancellationToken = default);

    /// <summary>Reads at most <paramref name="maxCount"/> events with a sequence number above <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string sessionId, long afterSeq, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>The last sequence number of the append that carried <paramref name="requestId"/>, if one did.</summary>
    Task<long?> FindRequestAsync(string sessionId, string requestId, CancellationToken cancellationToken = default);

    /// <summary>The sequence number of the session's last event (0 when it has none).</summary>
    Task<long> GetVersionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Keeps a snapshot, replacing an older one (a snapshot older than the kept one is ignored).</summary>
    Task SaveSnapshotAsync(SessionSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The latest kept snapshot, if any.</summary>
    Task<SessionSnapshot?> LoadSnapshotAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Keeps a working group's snapshot, as for a soirée (a snapshot older than the kept one is ignored).</summary>
    Task SaveGroupSnapshotAsync(GroupSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>A working group's latest kept snapshot, if any.</summary>
    Task<GroupSnapshot?> LoadGroupSnapshotAsync(string groupId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes copies over stored events, all or none: same sequence numbers, same types, same instants, less in them
    /// (a member erased from a group that lives two years). The kept snapshot is dropped, since it may still hold
    /// what the copies leave out. A copy whose original is missing or of another type refuses the whole rewrite.
    /// </summary>
    Task RewriteEventsAsync(string sessionId, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Binds a join code to a session unless the code is already taken; returns whether it was bound.</summary>
    Task<bool> TryReserveJoinCodeAsync(string joinCode, string sessionId, CancellationToken cancellationToken = default);

    /// <summary>The session a join code belongs to, if any.</summary>
    Task<string?> FindSessionByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default);

    /// <summary>Keeps a credential (by its token hash).</summary>
    Task SaveCredentialAsync(Credential credential, CancellationToken cancellationToken = default);

    /// <summary>The credential of a token hash, if any.</summary>
    Task<Credential?> FindCredentialAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Marks a session live (its rounds need the server's clock) or not.</summary>
    Task SetLiveAsync(string sessionId, bool live, CancellationToken cancellationToken = default);

    /// <summary>The sessions marked live.</summary>
    Task<IReadOnlyList<string>> ListLiveSessionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Schedules the purge of everything kept for a session (events, snapshot, code, credentials).</summary>
    Task SetExpiryAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Purges the sessions whose expiry has passed; returns how many were purged.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes everything kept for a session at once.</summary>
    Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Checks the store answers; used by readiness.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);
}
