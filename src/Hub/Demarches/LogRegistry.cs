using System.Collections.Concurrent;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// Runs commands against a small aggregate kept as an event log in the store (a démarche, a consultation): catch up
/// with the store, decide, append with the expected version (the store's compare-and-set, so two nodes agree), fold
/// in. Acknowledging means stored. These logs are written a few times a day, so each command first reads what other
/// nodes appended; they stay small, so they are folded from their events without snapshots.
/// </summary>
internal abstract class LogRegistry<T>(ISessionStore store, TimeProvider time)
    where T : class
{
    private const int MaxAttempts = 32;
    private const int ReadPage = 1000;
    private const int MaxHeld = 256;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The error code of an unknown id.</summary>
    protected abstract string NotFoundCode { get; }

    /// <summary>Stores the creation of a new log.</summary>
    public async Task<long> CreateAsync(string id, Decision creation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creation);
        var stored = StoredEvent.Number(creation.Events, 0, time.GetUtcNow());
        var result = await StoreFaults.Guard(() => store.AppendAsync(id, 0, stored, requestId: null, cancellationToken));
        return result.Status == AppendStatus.Appended
            ? result.Seq
            : throw new WorkshopException(ErrorCodes.AlreadyExists, "This id exists.");
    }

    /// <summary>Decides and stores a command; returns the version after it (or the current one when nothing changed).</summary>
    public async Task<long> ExecuteAsync(string id, Func<T, Decision> decide, string? requestId, CancellationToken cancellationToken)
    {
        var entry = await EnterAsync(id, cancellationToken);
        try
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var item = entry.Item!;
                var decision = decide(item);
                if (decision.IsEmpty)
                {
                    return decision.AlreadyAt ?? VersionOf(item);
                }

                var stored = StoredEvent.Number(decision.Events, VersionOf(item), time.GetUtcNow());
                var result = await StoreFaults.Guard(() => store.AppendAsync(id, VersionOf(item), stored, requestId, cancellationToken));
                switch (result.Status)
                {
                    case AppendStatus.Appended:
                        foreach (var e in stored)
                        {
                            Apply(item, e);
                        }

                        return result.Seq;
                    case AppendStatus.Duplicate:
                        await CatchUpAsync(entry, cancellationToken);
                        return result.Seq;
                    default:
                        await Task.Delay(Random.Shared.Next(1, 2 << Math.Min(attempt, 5)), cancellationToken);
                        await CatchUpAsync(entry, cancellationToken);
                        break;
                }
            }

            throw new StoreUnavailableException(new TimeoutException("Too many concurrent writers on one log."));
        }
        finally
        {
            Leave(entry);
        }
    }

    /// <summary>Reads the aggregate, caught up with the store.</summary>
    public async Task<TResult> ReadAsync<TResult>(string id, Func<T, TResult> read, CancellationToken cancellationToken)
    {
        var entry = await EnterAsync(id, cancellationToken);
        try
        {
            return read(entry.Item!);
        }
        finally
        {
            Leave(entry);
        }
    }

    /// <summary>Drops the logs idle for <paramref name="idleFor"/> that no command uses now; returns their ids.</summary>
    public IReadOnlyList<string> EvictIdle(TimeSpan idleFor) => HeldEntries.EvictIdle(_entries, time, idleFor);

    /// <summary>Folds a log from its first events; null when they are not this aggregate's.</summary>
    protected abstract T? Load(IReadOnlyList<StoredEvent> first);

    /// <summary>Folds one more event in.</summary>
    protected abstract void Apply(T item, StoredEvent stored);

    /// <summary>The aggregate's version.</summary>
    protected abstract long VersionOf(T item);

    private async Task<Entry> EnterAsync(string id, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(id, key => new Entry(key));
        await entry.Lock.WaitAsync(cancellationToken);
        try
        {
            entry.LastUsed = time.GetTimestamp();
            if (entry.Item is null)
            {
                var first = await StoreFaults.Guard(() => store.ReadEventsAsync(id, 0, ReadPage, cancellationToken));
                entry.Item = first.Count == 0 ? null : Load(first);
                if (entry.Item is null)
                {
                    throw new WorkshopException(NotFoundCode, "Not found.");
                }
            }

            await CatchUpAsync(entry, cancellationToken);
            return entry;
        }
        catch
        {
            if (entry.Item is null)
            {
                _entries.TryRemove(id, out _);
            }

            entry.Lock.Release();
            throw;
        }
    }

    private void Leave(Entry entry)
    {
        entry.Lock.Release();
        HeldEntries.TrimTo(_entries, MaxHeld);
    }

    private async Task CatchUpAsync(Entry entry, CancellationToken cancellationToken)
    {
        var item = entry.Item!;
        while (true)
        {
            var events = await StoreFaults.Guard(() => store.ReadEventsAsync(entry.Id, VersionOf(item), ReadPage, cancellationToken));
            foreach (var e in events)
            {
                Apply(item, e);
            }

            if (events.Count < ReadPage)
            {
                return;
            }
        }
    }

    private sealed class Entry(string id) : IHeldEntry
    {
        string IHeldEntry.Key => Id;

        public string Id { get; } = id;

        public SemaphoreSlim Lock { get; } = new(1, 1);

        /// <summary>The folded aggregate; read and changed only under <see cref="Lock"/>.</summary>
        public T? Item { get; set; }

        public long LastUsed { get; set; }
    }
}
