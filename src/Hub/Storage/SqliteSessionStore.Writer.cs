using Microsoft.Data.Sqlite;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Storage;

/// <summary>
/// Every write goes through one dedicated thread with its own connection, for two reasons measured under load:
/// Microsoft.Data.Sqlite is synchronous underneath its async methods, so a commit that waits for its fsync (milliseconds
/// on a laptop's disk, with synchronous=FULL) would block a thread-pool thread, and on a two-core machine a few of
/// those starve the sockets and the hub; and SQLite has a single writer anyway. On that thread, appends are committed
/// in groups: those that queued up while the previous commit was waiting for the disk are written together in one
/// transaction, each behind its own savepoint with its own compare-and-set, and one fsync acknowledges them all.
/// Nothing is acknowledged before the commit that holds it.
/// </summary>
internal sealed partial class SqliteSessionStore : IDisposable
{
    // Bounds one transaction so a burst cannot hold the write lock (and readers' view of the WAL) for long.
    private const int MaxGroup = 256;

    private readonly Queue<WriteWork> _writes = new();
    private readonly SemaphoreSlim _writeSignal = new(0);
    private Thread? _writer;
    private bool _disposed;

    public void Dispose()
    {
        lock (_writes)
        {
            _disposed = true;
        }

        _writeSignal.Release();
        _writer?.Join(TimeSpan.FromSeconds(10));
    }

    private void StartWriter()
    {
        _writer = new Thread(WriterLoop) { IsBackground = true, Name = "SQLite writer" };
        _writer.Start();
    }

    private Task<AppendResult> AppendGroupedAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId, CancellationToken cancellationToken) =>
        EnqueueAsync(new AppendWork(sessionId, expectedVersion, events, requestId), cancellationToken);

    /// <summary>Runs one write alone, in its own transaction when it opens one, on the writer thread.</summary>
    private Task<T> WriteAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken) =>
        EnqueueAsync(new SingleWork<T>(write), cancellationToken);

    private async Task<T> EnqueueAsync<T>(WriteWork<T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writes)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writes.Enqueue(work);
        }

        _writeSignal.Release();
        // A caller that goes away before the writer took its work withdraws it: nothing is written. Once taken, the
        // outcome stands whatever the caller does.
        await using var withdraw = cancellationToken.Register(() =>
        {
            lock (_writes)
            {
                if (!work.Taken)
                {
                    work.Withdrawn = true;
                    work.Done.TrySetCanceled(cancellationToken);
                }
            }
        });
        return await work.Done.Task;
    }

    private void WriterLoop()
    {
        SqliteConnection? connection = null;
        while (true)
        {
            _writeSignal.Wait();
            var batch = new List<WriteWork>();
            lock (_writes)
            {
                while (_writes.TryPeek(out var next) && (batch.Count == 0 || (batch[0] is AppendWork && next is AppendWork && batch.Count < MaxGroup)))
                {
                    _writes.Dequeue();
                    if (!next.Withdrawn)
                    {
                        next.Taken = true;
                        batch.Add(next);
                    }
                }

                if (batch.Count == 0 && _disposed && _writes.Count == 0)
                {
                    break;
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                connection ??= Open();
                if (batch[0] is AppendWork)
                {
                    CommitGroup(connection, batch.Cast<AppendWork>().ToList());
                }
                else
                {
                    batch[0].Run(connection);
                }
            }
            catch (Exception e)
            {
                // The connection may be unusable (disk gone, file locked by another process): start afresh next time.
                foreach (var work in batch)
                {
                    work.Fail(e);
                }

                connection?.Dispose();
                connection = null;
            }
        }

        connection?.Dispose();
    }

    private static void CommitGroup(SqliteConnection connection, List<AppendWork> group)
    {
        var outcomes = new (AppendResult? Result, Exception? Failure)[group.Count];
        // BEGIN IMMEDIATE: the write lock is taken before any version is read, so no check and insert can interleave
        // with another writer (another process included).
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            for (var i = 0; i < group.Count; i++)
            {
                transaction.Save("append");
                try
                {
                    outcomes[i] = (AppendInTransaction(connection, transaction, group[i]), null);
                    transaction.Release("append");
                }
                catch (SqliteException e)
                {
                    // This append alone fails; the others of the group still commit.
                    transaction.Rollback("append");
                    transaction.Release("append");
                    outcomes[i] = (null, e);
                }
            }

            // If the commit throws, nothing of the group is stored and the loop fails every one of them.
            transaction.Commit();
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (outcomes[i].Failure is { } failure)
            {
                group[i].Fail(failure);
            }
            else
            {
                group[i].Done.TrySetResult(outcomes[i].Result!);
            }
        }
    }

    /// <summary>Work for the writer thread; <see cref="Taken"/> and <see cref="Withdrawn"/> are guarded by the queue's lock.</summary>
    private abstract class WriteWork
    {
        public bool Taken { get; set; }

        public bool Withdrawn { get; set; }

        public abstract void Run(SqliteConnection connection);

        public abstract void Fail(Exception failure);
    }

    private abstract class WriteWork<T> : WriteWork
    {
        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Fail(Exception failure) => Done.TrySetException(failure);
    }

    private sealed class SingleWork<T>(Func<SqliteConnection, T> write) : WriteWork<T>
    {
        public override void Run(SqliteConnection connection) => Done.TrySetResult(write(connection));
    }

    private sealed class AppendWork(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId) : WriteWork<AppendResult>
    {
        public string SessionId { get; } = sessionId;

        public long ExpectedVersion { get; } = expectedVersion;

        public IReadOnlyList<StoredEvent> Events { get; } = events;

        public string? RequestId { get; } = requestId;

        // Appends run in groups (CommitGroup), never alone.
        public override void Run(SqliteConnection connection) => throw new InvalidOperationException("Appends are committed in groups.");
    }
}
