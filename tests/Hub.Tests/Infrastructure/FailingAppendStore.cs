using Microsoft.Data.Sqlite;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The real store, except that chosen appends fail as a full disk would (a SQLite error, nothing written): for
/// proving what a node does when an append it queued behind others is not stored. It also counts the join codes
/// reserved.
/// </summary>
public sealed class FailingAppendStore(ISessionStore inner) : ISessionStore, IDisposable
{
    private int _countdown = -1;
    private int _conflicts;
    private int _reservations;

    /// <summary>Join codes asked for so far.</summary>
    public int JoinCodeReservations => Volatile.Read(ref _reservations);

    /// <summary>Appends that failed on purpose so far.</summary>
    public int Failed { get; private set; }

    public bool IsSoleWriter => inner.IsSoleWriter;

    /// <summary>Makes the append after <paramref name="skip"/> more succeed fail, once.</summary>
    public void FailAfter(int skip) => Volatile.Write(ref _countdown, skip);

    public Task<AppendResult> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _countdown) >= 0 && Interlocked.Decrement(ref _countdown) == -1)
        {
            Failed++;
            return FailSlowlyAsync();
        }

        return CountConflictsAsync(inner.AppendAsync(sessionId, expectedVersion, events, requestId, cancellationToken));
    }

    // As slow as a disk that gives up: the commands decided meanwhile are queued behind this one.
    private static async Task<AppendResult> FailSlowlyAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        throw new SqliteException("disk I/O error (injected)", 10);
    }

    /// <summary>Appends the real store refused because the session was not at their expected version.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    private async Task<AppendResult> CountConflictsAsync(Task<AppendResult> append)
    {
        var result = await append;
        if (result.Status == AppendStatus.Conflict)
        {
            Interlocked.Increment(ref _conflicts);
        }

        return result;
    }

    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string sessionId, long afterSeq, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadEventsAsync(sessionId, afterSeq, maxCount, cancellationToken);

    public Task<long?> FindRequestAsync(string sessionId, string requestId, CancellationToken cancellationToken = default) =>
        inner.FindRequestAsync(sessionId, requestId, cancellationToken);

    public Task<long> GetVersionAsync(string sessionId, CancellationToken cancellationToken = default) => inner.GetVersionAsync(sessionId, cancellationToken);

    public Task SaveSnapshotAsync(SessionSnapshot snapshot, CancellationToken cancellationToken = default) => inner.SaveSnapshotAsync(snapshot, cancellationToken);

    public Task<SessionSnapshot?> LoadSnapshotAsync(string sessionId, CancellationToken cancellationToken = default) => inner.LoadSnapshotAsync(sessionId, cancellationToken);

    public Task SaveGroupSnapshotAsync(GroupSnapshot snapshot, CancellationToken cancellationToken = default) => inner.SaveGroupSnapshotAsync(snapshot, cancellationToken);

    public Task<GroupSnapshot?> LoadGroupSnapshotAsync(string groupId, CancellationToken cancellationToken = default) => inner.LoadGroupSnapshotAsync(groupId, cancellationToken);

    public Task RewriteEventsAsync(string sessionId, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default) => inner.RewriteEventsAsync(sessionId, events, cancellationToken);

    public Task<bool> TryReserveJoinCodeAsync(string joinCode, string sessionId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reservations);
        return inner.TryReserveJoinCodeAsync(joinCode, sessionId, cancellationToken);
    }

    public Task<string?> FindSessionByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default) =>
        inner.FindSessionByJoinCodeAsync(joinCode, cancellationToken);

    public Task SaveCredentialAsync(Credential credential, CancellationToken cancellationToken = default) => inner.SaveCredentialAsync(credential, cancellationToken);

    public Task<Credential?> FindCredentialAsync(string tokenHash, CancellationToken cancellationToken = default) => inner.FindCredentialAsync(tokenHash, cancellationToken);

    public Task SetLiveAsync(string sessionId, bool live, CancellationToken cancellationToken = default) => inner.SetLiveAsync(sessionId, live, cancellationToken);

    public Task<IReadOnlyList<string>> ListLiveSessionsAsync(CancellationToken cancellationToken = default) => inner.ListLiveSessionsAsync(cancellationToken);

    public Task SetExpiryAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        inner.SetExpiryAsync(sessionId, expiresAt, cancellationToken);

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) => inner.PurgeExpiredAsync(now, cancellationToken);

    public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) => inner.DeleteSessionAsync(sessionId, cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => inner.IsReadyAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
