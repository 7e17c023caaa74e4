using System.Diagnostics;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>
/// The store, with each append timed (<c>workshop.store.append.duration</c>) and traced: every soirée's, group's,
/// démarche's and consultation's command goes through it. The rest passes through untouched.
/// </summary>
internal sealed class TimedSessionStore(ISessionStore inner, string storeName, WorkshopMetrics metrics) : ISessionStore, IDisposable
{
    public bool IsSoleWriter => inner.IsSoleWriter;

    public async Task<AppendResult> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var activity = WorkshopTracing.StartAppend(storeName, events.Count);
        var started = Stopwatch.GetTimestamp();
        var status = "failed";
        try
        {
            var result = await inner.AppendAsync(sessionId, expectedVersion, events, requestId, cancellationToken);
            status = result.Status switch
            {
                AppendStatus.Appended => "appended",
                AppendStatus.Duplicate => "duplicate",
                _ => "conflict",
            };
            return result;
        }
        finally
        {
            metrics.Appended(storeName, status, Stopwatch.GetElapsedTime(started));
            activity?.SetTag("workshop.status", status);
        }
    }

    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string sessionId, long afterSeq, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadEventsAsync(sessionId, afterSeq, maxCount, cancellationToken);

    public Task<long?> FindRequestAsync(string sessionId, string requestId, CancellationToken cancellationToken = default) =>
        inner.FindRequestAsync(sessionId, requestId, cancellationToken);

    public Task<long> GetVersionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        inner.GetVersionAsync(sessionId, cancellationToken);

    public Task SaveSnapshotAsync(SessionSnapshot snapshot, CancellationToken cancellationToken = default) =>
        inner.SaveSnapshotAsync(snapshot, cancellationToken);

    public Task<SessionSnapshot?> LoadSnapshotAsync(string sessionId, CancellationToken cancellationToken = default) =>
        inner.LoadSnapshotAsync(sessionId, cancellationToken);

    public Task SaveGroupSnapshotAsync(GroupSnapshot snapshot, CancellationToken cancellationToken = default) =>
        inner.SaveGroupSnapshotAsync(snapshot, cancellationToken);

    public Task<GroupSnapshot?> LoadGroupSnapshotAsync(string groupId, CancellationToken cancellationToken = default) =>
        inner.LoadGroupSnapshotAsync(groupId, cancellationToken);

    public Task RewriteEventsAsync(string sessionId, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default) =>
        inner.RewriteEventsAsync(sessionId, events, cancellationToken);

    public Task<bool> TryReserveJoinCodeAsync(string joinCode, string sessionId, CancellationToken cancellationToken = default) =>
        inner.TryReserveJoinCodeAsync(joinCode, sessionId, cancellationToken);

    public Task<string?> FindSessionByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default) =>
        inner.FindSessionByJoinCodeAsync(joinCode, cancellationToken);

    public Task SaveCredentialAsync(Credential credential, CancellationToken cancellationToken = default) =>
        inner.SaveCredentialAsync(credential, cancellationToken);

    public Task<Credential?> FindCredentialAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        inner.FindCredentialAsync(tokenHash, cancellationToken);

    public Task SetLiveAsync(string sessionId, bool live, CancellationToken cancellationToken = default) =>
        inner.SetLiveAsync(sessionId, live, cancellationToken);

    public Task<IReadOnlyList<string>> ListLiveSessionsAsync(CancellationToken cancellationToken = default) =>
        inner.ListLiveSessionsAsync(cancellationToken);

    public Task SetExpiryAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        inner.SetExpiryAsync(sessionId, expiresAt, cancellationToken);

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.PurgeExpiredAsync(now, cancellationToken);

    public Task DeleteSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        inner.DeleteSessionAsync(sessionId, cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => inner.IsReadyAsync(cancellationToken);

    // The container disposes what it made: the SQLite store holds its file's lock until then.
    public void Dispose() => (inner as IDisposable)?.Dispose();
}
