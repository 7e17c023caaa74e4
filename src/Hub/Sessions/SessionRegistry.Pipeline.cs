using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// Pipelined commands, for a store this node writes alone (SQLite). The lock is held only to decide: a command folds
/// its events into the held session and queues its append, and the next command decides on top of it while the first
/// waits for the disk. The store takes the queued appends in order and commits those that queued together with one
/// fsync, so a hall joining at once costs a few commits instead of one per phone. A command still completes only once
/// its events are stored (not once every phone took them), and events go out in sequence order. Should the store refuse or fail an append, every
/// later one of the session fails its compare-and-set too (nobody else writes): the session is loaded afresh and
/// those commands run again one at a time.
/// </summary>
internal sealed partial class SessionRegistry
{
    private async Task<long> ExecutePipelinedAsync(string sessionId, Func<Session, DateTimeOffset, Decision> decide, string? requestId, CancellationToken cancellationToken)
    {
        Task<long?> outcome;
        var entry = await EnterAsync(sessionId, touch: true, cancellationToken);
        try
        {
            var session = await LoadAsync(entry, cancellationToken);
            var now = time.GetUtcNow();
            Decision? decision;
            try
            {
                decision = decide(session, now);
            }
            catch (WorkshopException)
            {
                // Refused on a state that may hold queued commands: the serialized path checks again once they are
                // stored (and whether this is a retry of one of them).
                decision = null;
            }

            outcome = decision switch
            {
                null => AfterSettledAsync(entry, entry.Settled, entry.Failures, null),
                { IsEmpty: true } => AfterSettledAsync(entry, entry.Settled, entry.Failures, decision.AlreadyAt ?? session.Version),
                _ => Queue(entry, session, decision, requestId, now),
            };
        }
        finally
        {
            entry.Lock.Release();
        }

        return await outcome ?? await ExecuteSerializedAsync(sessionId, decide, requestId, cancellationToken);
    }

    // Under the lock: queue the append, fold the events in, prepare what follows the commit with the state of now.
    private Task<long?> Queue(SessionEntry entry, Session session, Decision decision, string? requestId, DateTimeOffset now)
    {
        var before = session.Version;
        var stored = StoredEvent.Number(decision.Events, before, now);
        // Not cancellable: once queued, the append's outcome stands whatever the caller does.
        var append = Guard(() => store.AppendAsync(session.Id, before, stored, requestId, CancellationToken.None));
        foreach (var e in stored)
        {
            session.Apply(e);
        }

        entry.NextDeadline = session.NextDeadline();
        var after = PrepareAfterCommit(session, before, stored);
        var outcome = CommitAsync(entry, entry.Settled, append, after);
        entry.Settled = outcome;
        return outcome;
    }

    // Outside the lock: wait for the disk, then, in the order the commands were decided, queue their events to send.
    // The command completes once stored, not once every phone took its events (a slow one must not hold the room).
    private async Task<long?> CommitAsync(SessionEntry entry, Task previous, Task<AppendResult> append, AfterCommit after)
    {
        AppendResult? result = null;
        try
        {
            result = await append;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogQueuedAppendFailed(logger, ex);
        }

        await previous;
        if (result is not { Status: AppendStatus.Appended })
        {
            entry.CountFailure();
            return null;
        }

        await StoreAfterCommitAsync(after);
        entry.Outgoing.Post(after.Broadcast, broadcaster);
        return result.Seq;
    }

    private async Task StoreAfterCommitAsync(AfterCommit after)
    {
        await SaveSnapshotAsync(after.Snapshot);
        if (after.Closed)
        {
            try
            {
                await MarkClosedAsync(after.Broadcast.SessionId, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The close is stored; only its retention date is missing, and the soirée stays until deleted.
                LogRetentionNotSet(logger, ex);
            }
        }
    }

    private static Task SettleAsync(SessionEntry entry) => entry.Settled;

    // A command that changed nothing, or was refused, on a state that may hold queued commands: answer once they are
    // stored, or (null) run it again one at a time if one of them was not.
    private static async Task<long?> AfterSettledAsync(SessionEntry entry, Task settled, int failures, long? answer)
    {
        await settled;
        return entry.Failures == failures ? answer : null;
    }

    private sealed record AfterCommit(SessionSnapshot? Snapshot, bool Closed, PreparedBroadcast Broadcast);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "A closed session's retention date could not be stored.")]
    private static partial void LogRetentionNotSet(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "A queued append failed; the session is loaded again and its commands retried.")]
    private static partial void LogQueuedAppendFailed(ILogger logger, Exception exception);
}
