using Microsoft.Data.Sqlite;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Storage;

/// <summary>
/// Every write goes through one dedicated thread with its own connection, for two reasons measured under load:
/// Microsoft.Data.Sqlite is synchronous underneath its async methods, so a commit that waits for its fsync (milliseconds
/// on a laptop's disk, with synchronous=FULL) would block a thread-pool thread, and on a two-core machine a few of
/// those starve the sockets and the hub; and SQLite has a single writer anyway. On that thread, writes are committed
/// in groups: those that queued up while the previous commit was waiting for the disk are written together in one
/// transaction, each behind its own savepoint (an append with its own compare-and-set), and one fsync acknowledges
/// them all. Nothing is acknowledged before the commit that holds it.
/// </summary>
internal sealed partial class SqliteSessionStore : IDisposable
{
    // Bounds one transaction so a burst cannot hold SQLite's write lock for long.
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
        _ownership.Dispose();
    }

    private void StartWriter()
    {
        _writer = new Thread(WriterLoop) { IsBackground = true, Name = "SQLite writer" };
        _writer.Start();
    }

    private Task<AppendResult> AppendGroupedAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId, CancellationToken cancellationToken) =>
        EnqueueAsync(new AppendWork(sessionId, expectedVersion, events, requestId), cancellationToken);

    /// <summary>Runs a write on the writer thread, inside the transaction of its group.</summary>
    private Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken) =>
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
                while (batch.Count < MaxGroup && _writes.TryDequeue(out var next))
                {
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
                CommitGroup(connection, batch);
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

    private static void CommitGroup(SqliteConnection connection, List<WriteWork> group)
    {
        var failures = new Exception?[group.Count];
        // BEGIN IMMEDIATE: the write lock is taken before any version is read, so no check and insert can interleave
        // with another writer (another process included).
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            for (var i = 0; i < group.Count; i++)
            {
                transaction.Save("work");
                try
                {
                    group[i].Run(connection, transaction);
                    transaction.Release("work");
                }
                catch (Exception e) when (e is SqliteException or ArgumentException or InvalidOperationException or FormatException)
                {
                    // This write alone fails (a constraint, a bad value); the others of the group still commit.
                    transaction.Rollback("work");
                    transaction.Release("work");
                    failures[i] = e;
                }
            }

            // If the commit throws, nothing of the group is stored and the loop fails every one of them.
            transaction.Commit();
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                group[i].Fail(failure);
            }
            else
            {
                group[i].Acknowledge();
            }
        }
    }

    /// <summary>Work for the writer thread; <see cref="Taken"/> and <see cref="Withdrawn"/> are guarded by the queue's lock.</summary>
    private abstract class WriteWork
    {
        public bool Taken { get; set; }

        public bool Withdrawn { get; set; }

        /// <summary>Writes inside the group's transaction; the outcome is kept until the group commits.</summary>
        public abstract void Run(SqliteConnection connection, SqliteTransaction transaction);

        /// <summary>The group committed: hand the kept outcome to the caller.</summary>
        public abstract void Acknowledge();

        public abstract void Fail(Exception failure);
    }

    private abstract class WriteWork<T> : WriteWork
    {
        private T? _outcome;

        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Run(SqliteConnection connection, SqliteTransaction transaction) => _outcome = Write(connection, transaction);

        public override void Acknowledge() => Done.TrySetResult(_outcome!);

        public override void Fail(Exception failure) => Done.TrySetException(failure);

        protected abstract T Write(SqliteConnection connection, SqliteTransaction transaction);
    }

    private sealed class SingleWork<T>(Func<SqliteConnection, SqliteTransaction, T> write) : WriteWork<T>
    {
        protected override T Write(SqliteConnection connection, SqliteTransaction transaction) => write(connection, transaction);
    }

    private sealed class AppendWork(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, string? requestId) : WriteWork<AppendResult>
    {
        public string SessionId { get; } = sessionId;

        public long ExpectedVersion { get; } = expectedVersion;

        public IReadOnlyList<StoredEvent> Events { get; } = events;

        public string? RequestId { get; } = requestId;

        protected override AppendResult Write(SqliteConnection connection, SqliteTransaction transaction) => AppendInTransaction(connection, transaction, this);
    }
}
