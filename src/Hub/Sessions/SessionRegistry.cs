using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// Runs commands against sessions: decide on the in-memory state, append with the expected version (the store's
/// compare-and-set), fold in, then publish. Acknowledging means stored. On a conflict (another node wrote first) it
/// catches up from the store and decides again, so every node agrees without a global lock.
/// </summary>
internal sealed partial class SessionRegistry(
    ISessionStore store,
    EventBroadcaster broadcaster,
    TimeProvider time,
    IOptions<WorkshopOptions> options,
    ILogger<SessionRegistry> logger)
{
    public const string SessionNotFound = "session.not_found";
    // Two nodes writing one session in a burst can make the same node lose the compare-and-set several times in a
    // row; a short random pause after each loss lets the other node's burst pass instead of failing the command.
    private const int MaxAttempts = 32;
    private const int ReadPage = 1000;
    private readonly ConcurrentDictionary<string, SessionEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>The sessions this node holds, with their next deadline.</summary>
    public IEnumerable<SessionEntry> Entries => _entries.Values;

    /// <summary>Stores the creation events of a new session and holds it.</summary>
    public Task<long> CreateAsync(string sessionId, IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken) =>
        AdoptAsync(sessionId, StoredEvent.Number(events, 0, time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Stores the whole log of a new session, numbered from 1 and stamped already (an imported soirée), through the
    /// same append as every command, and holds it: live when open, with its retention running when closed.
    /// </summary>
    public async Task<long> AdoptAsync(string sessionId, IReadOnlyList<StoredEvent> stored, CancellationToken cancellationToken)
    {
        var result = await Guard(() => store.AppendAsync(sessionId, 0, stored, requestId: null, cancellationToken));
        if (result.Status != AppendStatus.Appended)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A session with this id exists.");
        }

        var entry = await EnterAsync(sessionId, touch: true, cancellationToken);
        SessionState state;
        try
        {
            entry.Session = Session.FromEvents(stored);
            entry.NextDeadline = entry.Session.NextDeadline();
            state = entry.Session.State;
        }
        finally
        {
            entry.Lock.Release();
        }

        if (state == SessionState.Closed)
        {
            await Guard(() => store.SetExpiryAsync(sessionId, ClosedExpiry(sessionId), cancellationToken));
        }
        else
        {
            await Guard(() => store.SetLiveAsync(sessionId, true, cancellationToken));
        }

        return result.Seq;
    }

    /// <summary>
    /// Deletes a session at once: everything stored goes, this node stops holding it, and its connected clients are
    /// told (on every node, through the backplane) so they can stop and say so.
    /// </summary>
    public async Task DeleteAsync(string sessionId, CancellationToken cancellationToken)
    {
        var entry = await EnterAsync(sessionId, touch: true, cancellationToken);
        try
        {
            await SettleAsync(entry);
            await Guard(() => store.DeleteSessionAsync(sessionId, cancellationToken));
            entry.Session = null;
            entry.NextDeadline = null;
            Drop(entry);
        }
        finally
        {
            entry.Lock.Release();
        }

        await broadcaster.PublishDeletedAsync(sessionId);
    }

    /// <summary>
    /// Decides and stores a command; returns the sequence number of its last event, or of the earlier identical
    /// command (same request id, same note id), or the current version when nothing needed to change.
    /// </summary>
    public Task<long> ExecuteAsync(string sessionId, Func<Session, DateTimeOffset, Decision> decide, string? requestId, CancellationToken cancellationToken) =>
        store.IsSoleWriter
            ? ExecutePipelinedAsync(sessionId, decide, requestId, cancellationToken)
            : ExecuteSerializedAsync(sessionId, decide, requestId, cancellationToken);

    /// <summary>
    /// One command at a time per session: decide, store, publish, all under the session's lock. Always right, also
    /// with other nodes writing the same store; a pipelined command falls back to it when the store refused it.
    /// </summary>
    private async Task<long> ExecuteSerializedAsync(string sessionId, Func<Session, DateTimeOffset, Decision> decide, string? requestId, CancellationToken cancellationToken)
    {
        var entry = await EnterAsync(sessionId, touch: true, cancellationToken);
        try
        {
            await SettleAsync(entry);
            var session = await LoadAsync(entry, cancellationToken);
            var recheckedRefusal = false;
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var now = time.GetUtcNow();
                Decision decision;
                try
                {
                    decision = decide(session, now);
                }
                catch (WorkshopException) when (!recheckedRefusal)
                {
                    // A refusal may come from a stale copy (another node moved on) or from a retry of something
                    // already done (a dot that spent the last of the budget): check both once before refusing.
                    recheckedRefusal = true;
                    if (requestId is not null && await Guard(() => store.FindRequestAsync(sessionId, requestId, cancellationToken)) is { } done)
                    {
                        return done;
                    }

                    var held = session.Version;
                    await CatchUpAsync(entry, session, cancellationToken);
                    if (session.Version != held)
                    {
                        continue;
                    }

                    throw;
                }

                if (decision.IsEmpty)
                {
                    return decision.AlreadyAt ?? session.Version;
                }

                var stored = StoredEvent.Number(decision.Events, session.Version, now);
                var result = await Guard(() => store.AppendAsync(sessionId, session.Version, stored, requestId, cancellationToken));
                switch (result.Status)
                {
                    case AppendStatus.Appended:
                        var before = session.Version;
                        foreach (var e in stored)
                        {
                            session.Apply(e);
                        }

                        entry.NextDeadline = session.NextDeadline();
                        await AfterAppendAsync(entry, session, before, stored, cancellationToken);
                        return result.Seq;
                    case AppendStatus.Duplicate:
                        await CatchUpAsync(entry, session, cancellationToken);
                        return result.Seq;
                    default:
                        LogConflict(logger, session.Version, result.Version);
                        await Task.Delay(Random.Shared.Next(1, 2 << Math.Min(attempt, 5)), cancellationToken);
                        await CatchUpAsync(entry, session, cancellationToken);
                        break;
                }
            }

            throw new StoreUnavailableException(new TimeoutException("Too many concurrent writers on one session."));
        }
        finally
        {
            entry.Lock.Release();
        }
    }

    /// <summary>Reads the session, caught up with the store, under its lock.</summary>
    public Task<T> ReadAsync<T>(string sessionId, Func<Session, T> read, CancellationToken cancellationToken) =>
        ReadWithEventsAsync(sessionId, afterSeq: 0, maxCount: 0, (session, _) => read(session), cancellationToken);

    /// <summary>
    /// Reads the session together with its stored events after <paramref name="afterSeq"/> (at most
    /// <paramref name="maxCount"/>), both under its lock: the events end at the session's version, and the state they
    /// are redacted against is of the same moment, whatever other connections or nodes write meanwhile.
    /// </summary>
    public Task<T> ReadWithEventsAsync<T>(
        string sessionId, long afterSeq, int maxCount, Func<Session, IReadOnlyList<StoredEvent>, T> read, CancellationToken cancellationToken) =>
        ReadWithEventsAsync(sessionId, afterSeq, maxCount, read, touch: true, cancellationToken);

    private async Task<T> ReadWithEventsAsync<T>(
        string sessionId, long afterSeq, int maxCount, Func<Session, IReadOnlyList<StoredEvent>, T> read, bool touch, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            T value;
            Task settled;
            int failures;
            var entry = await EnterAsync(sessionId, touch, cancellationToken);
            try
            {
                var session = await LoadAsync(entry, cancellationToken);
                if (!store.IsSoleWriter)
                {
                    await CatchUpAsync(entry, session, cancellationToken);
                }

                var version = session.Version;
                IReadOnlyList<StoredEvent> events = afterSeq > 0 && afterSeq < version && maxCount > 0
                    ? await Guard(() => store.ReadEventsAsync(sessionId, afterSeq, maxCount, cancellationToken))
                    : [];
                value = read(session, [.. events.Where(e => e.Seq <= version)]);
                (settled, failures) = (entry.Settled, entry.Failures);
            }
            finally
            {
                entry.Lock.Release();
            }

            // The state read may include queued commands not stored yet: answer once they are, and read again in
            // the rare case one of them was not.
            await settled;
            if (entry.Failures == failures)
            {
                return value;
            }
        }

        throw new StoreUnavailableException(new TimeoutException("The session's writes keep failing."));
    }

    /// <summary>Stops holding a session (after deletion or purge).</summary>
    public void Forget(string sessionId)
    {
        if (_entries.TryGetValue(sessionId, out var entry))
        {
            Drop(entry);
        }
        else
        {
            _dormant.TryRemove(sessionId, out _);
        }
    }

    private async Task<Session> LoadAsync(SessionEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Session is { } held && entry.LoadedAtFailures == entry.Failures)
        {
            return held;
        }

        // A working group's, a démarche's or a consultation's log shares the store: its id never opens as a soirée.
        if (Groups.GroupIds.IsGroup(entry.SessionId) || Demarches.DemarcheIds.IsDemarche(entry.SessionId) || Demarches.DemarcheIds.IsConsultation(entry.SessionId))
        {
            Drop(entry);
            throw new WorkshopException(SessionNotFound, "No such session.");
        }

        // Held events may never have been stored: let every queued command finish, then start from the store.
        await entry.Settled;
        entry.LoadedAtFailures = entry.Failures;

        var snapshot = await Guard(() => store.LoadSnapshotAsync(entry.SessionId, cancellationToken));
        var session = snapshot is null ? null : Session.FromSnapshot(snapshot);
        if (session is null)
        {
            var first = await Guard(() => store.ReadEventsAsync(entry.SessionId, 0, ReadPage, cancellationToken));
            if (first.Count == 0)
            {
                Drop(entry);
                throw new WorkshopException(SessionNotFound, "No such session.");
            }

            session = Session.FromEvents(first);
        }

        await CatchUpAsync(entry, session, cancellationToken);
        entry.Session = session;
        entry.NextDeadline = session.NextDeadline();
        _dormant.TryRemove(entry.SessionId, out _);
        return session;
    }

    private async Task CatchUpAsync(SessionEntry entry, Session session, CancellationToken cancellationToken)
    {
        while (true)
        {
            var version = session.Version;
            var events = await Guard(() => store.ReadEventsAsync(entry.SessionId, version, ReadPage, cancellationToken));
            foreach (var e in events)
            {
                session.Apply(e);
            }

            entry.NextDeadline = session.NextDeadline();
            if (events.Count < ReadPage)
            {
                return;
            }
        }
    }

    private async Task AfterAppendAsync(SessionEntry entry, Session session, long before, IReadOnlyList<StoredEvent> stored, CancellationToken cancellationToken)
    {
        var after = PrepareAfterCommit(session, before, stored);
        await SaveSnapshotAsync(after.Snapshot);
        if (after.Closed)
        {
            await MarkClosedAsync(session.Id, cancellationToken);
        }

        // Queued behind earlier commands' events; the command does not wait for every phone to take them.
        entry.Outgoing.Post(after.Broadcast, broadcaster);
    }

    /// <summary>What follows a command's commit, taken from the session as it stands right after its events.</summary>
    private AfterCommit PrepareAfterCommit(Session session, long before, IReadOnlyList<StoredEvent> stored)
    {
        var every = options.Value.SnapshotEvery;
        return new AfterCommit(
            session.Version / every > before / every ? session.ToSnapshot() : null,
            stored.Any(e => e.Event is SessionClosed),
            broadcaster.Prepare(session, stored));
    }

    private async Task SaveSnapshotAsync(SessionSnapshot? snapshot)
    {
        if (snapshot is null)
        {
            return;
        }

        try
        {
            await store.SaveSnapshotAsync(snapshot, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A missing snapshot only makes the next load replay more events.
            LogSnapshotFailed(logger, ex, snapshot.Version);
        }
    }

    private async Task MarkClosedAsync(string sessionId, CancellationToken cancellationToken)
    {
        await Guard(() => store.SetLiveAsync(sessionId, false, cancellationToken));
        await Guard(() => store.SetExpiryAsync(sessionId, ClosedExpiry(sessionId), cancellationToken));
    }

    // A closed evening is kept for the retention period; a closed practice soirée goes at the next sweep.
    private DateTimeOffset ClosedExpiry(string sessionId) =>
        PracticeIds.IsPractice(sessionId) ? time.GetUtcNow() : time.GetUtcNow() + options.Value.Retention;

    private static Task<T> Guard<T>(Func<Task<T>> call) => StoreFaults.Guard(call);

    private static Task Guard(Func<Task> call) => StoreFaults.Guard(call);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Another node wrote first (held version {Held}, stored {Stored}); catching up.")]
    private static partial void LogConflict(ILogger logger, long held, long stored);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Saving a snapshot at version {Version} failed.")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, long version);
}
