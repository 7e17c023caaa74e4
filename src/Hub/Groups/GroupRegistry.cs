using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Groups.Events;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// Runs commands against working groups: catch up with the store, decide, append with the expected version (the
/// store's compare-and-set, so two nodes agree), fold in. Acknowledging means stored. A group is written a few times
/// a day, not a few hundred times a minute like an evening, so each command simply reads what other nodes appended
/// first; idle groups leave memory and come back from their snapshot.
/// </summary>
internal sealed partial class GroupRegistry(ISessionStore store, TimeProvider time, IOptions<WorkshopOptions> options, ILogger<GroupRegistry> logger)
{
    public const string GroupNotFound = "group.not_found";

    // Groups this node holds at most; beyond it the least recently used are dropped (they reload from the store).
    private const int MaxHeld = 256;
    private const int MaxAttempts = 32;
    private const int ReadPage = 1000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The groups this node holds in memory now.</summary>
    public int HeldCount => _entries.Count;

    /// <summary>Whether this node holds the group in memory now.</summary>
    public bool Holds(string groupId) => _entries.ContainsKey(groupId);

    /// <summary>Stores the creation of a new group and holds it.</summary>
    public Task<long> CreateAsync(string groupId, Decision creation, CancellationToken cancellationToken) =>
        CreateAsync(groupId, StoredEvent.Number(creation.Events, 0, time.GetUtcNow()), cancellationToken);

    /// <summary>Stores the events of a new group made elsewhere (an imported dossier), numbered from 1, with their own times.</summary>
    public async Task<long> CreateAsync(string groupId, IReadOnlyList<StoredEvent> stored, CancellationToken cancellationToken)
    {
        var result = await StoreFaults.Guard(() => store.AppendAsync(groupId, 0, stored, requestId: null, cancellationToken));
        if (result.Status != AppendStatus.Appended)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A group with this id exists.");
        }

        return result.Seq;
    }

    /// <summary>
    /// Decides and stores a command; returns the sequence number of its last event, of the earlier append with the
    /// same request id, or the current version when nothing needed to change.
    /// </summary>
    public async Task<long> ExecuteAsync(string groupId, Func<WorkingGroup, Decision> decide, string? requestId, CancellationToken cancellationToken)
    {
        var entry = await EnterAsync(groupId, cancellationToken);
        try
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var group = entry.Group!;
                var decision = decide(group);
                if (decision.IsEmpty)
                {
                    return decision.AlreadyAt ?? group.Version;
                }

                var now = time.GetUtcNow();
                var stored = StoredEvent.Number(decision.Events, group.Version, now);
                var result = await StoreFaults.Guard(() => store.AppendAsync(groupId, group.Version, stored, requestId, cancellationToken));
                switch (result.Status)
                {
                    case AppendStatus.Appended:
                        var before = group.Version;
                        foreach (var e in stored)
                        {
                            group.Apply(e);
                        }

                        await AfterAppendAsync(entry, before, stored, cancellationToken);
                        return result.Seq;
                    case AppendStatus.Duplicate:
                        await CatchUpAsync(entry, cancellationToken);
                        return result.Seq;
                    default:
                        LogConflict(logger, group.Version, result.Version);
                        await Task.Delay(Random.Shared.Next(1, 2 << Math.Min(attempt, 5)), cancellationToken);
                        await CatchUpAsync(entry, cancellationToken);
                        break;
                }
            }

            throw new StoreUnavailableException(new TimeoutException("Too many concurrent writers on one group."));
        }
        finally
        {
            Leave(entry);
        }
    }

    /// <summary>Reads the group, caught up with the store.</summary>
    public async Task<T> ReadAsync<T>(string groupId, Func<WorkingGroup, T> read, CancellationToken cancellationToken)
    {
        var entry = await EnterAsync(groupId, cancellationToken);
        try
        {
            return read(entry.Group!);
        }
        finally
        {
            Leave(entry);
        }
    }

    /// <summary>The closed groups this node holds: the only ones the retention sweep may have purged from the store.</summary>
    public IReadOnlyList<string> HeldClosedIds => [.. _entries.Where(e => e.Value.Group?.ClosedAt is not null).Select(e => e.Key)];

    /// <summary>Stops holding a group (after deletion or purge).</summary>
    public void Forget(string groupId) => _entries.TryRemove(groupId, out _);

    /// <summary>Drops the groups idle for <paramref name="idleFor"/> that no command uses now; returns their ids.</summary>
    public IReadOnlyList<string> EvictIdle(TimeSpan idleFor) => HeldEntries.EvictIdle(_entries, time, idleFor);

    // Takes the group's lock and brings it up to date with the store (loading it when it is not held).
    private async Task<Entry> EnterAsync(string groupId, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(groupId, id => new Entry(id));
        await entry.Lock.WaitAsync(cancellationToken);
        try
        {
            entry.LastUsed = time.GetTimestamp();
            if (entry.Group is null)
            {
                var snapshot = await StoreFaults.Guard(() => store.LoadGroupSnapshotAsync(groupId, cancellationToken));
                entry.Group = snapshot is null ? null : WorkingGroup.FromSnapshot(snapshot);
                if (entry.Group is null)
                {
                    var first = await StoreFaults.Guard(() => store.ReadEventsAsync(groupId, 0, ReadPage, cancellationToken));
                    if (first.Count == 0 || first[0].Event is not GroupCreated)
                    {
                        throw new WorkshopException(GroupNotFound, "No such group.");
                    }

                    entry.Group = WorkingGroup.FromEvents(first);
                }
            }

            await CatchUpAsync(entry, cancellationToken);
            return entry;
        }
        catch
        {
            if (entry.Group is null)
            {
                _entries.TryRemove(groupId, out _);
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
        var group = entry.Group!;
        while (true)
        {
            var events = await StoreFaults.Guard(() => store.ReadEventsAsync(entry.GroupId, group.Version, ReadPage, cancellationToken));
            foreach (var e in events)
            {
                group.Apply(e);
            }

            if (events.Count < ReadPage)
            {
                return;
            }
        }
    }

    private async Task AfterAppendAsync(Entry entry, long before, IReadOnlyList<StoredEvent> stored, CancellationToken cancellationToken)
    {
        var group = entry.Group!;
        if (stored.Any(e => e.Event is GroupClosed))
        {
            await StoreFaults.Guard(() => store.SetExpiryAsync(group.Id, time.GetUtcNow() + options.Value.Retention, cancellationToken));
        }

        var every = options.Value.SnapshotEvery;
        if (group.Version / every > before / every)
        {
            await SaveSnapshotAsync(group);
        }
    }

    private async Task SaveSnapshotAsync(WorkingGroup group)
    {
        try
        {
            await store.SaveGroupSnapshotAsync(group.ToSnapshot(), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A missing snapshot only makes the next load replay more events.
            LogSnapshotFailed(logger, ex, group.Version);
        }
    }

    /// <summary>
    /// Writes every stored event that names an erased member over with a copy that does not, so the log kept for two
    /// years no longer holds them (the state forgot them when their leaving was folded in). Safe to run again: a
    /// caller whose erasure failed half-way (the store went away) asks again and it completes.
    /// </summary>
    public async Task EraseAsync(string groupId, string memberId, CancellationToken cancellationToken)
    {
        var entry = await EnterAsync(groupId, cancellationToken);
        try
        {
            var group = entry.Group!;
            if (group.FindMember(memberId) is not { Erased: true })
            {
                throw new WorkshopException(ErrorCodes.SessionState, "Only a member who left and asked to be erased is erased from the log.");
            }

            await EraseFromLogAsync(group, memberId, cancellationToken);
            await SaveSnapshotAsync(group);
        }
        finally
        {
            Leave(entry);
        }
    }

    private async Task EraseFromLogAsync(WorkingGroup group, string memberId, CancellationToken cancellationToken)
    {
        var copies = new List<StoredEvent>();
        for (long after = 0; after < group.Version;)
        {
            var page = await StoreFaults.Guard(() => store.ReadEventsAsync(group.Id, after, ReadPage, cancellationToken));
            if (page.Count == 0)
            {
                break;
            }

            copies.AddRange(page.Select(e => WorkingGroup.ErasedCopy(e.Event, memberId) is { } copy ? e with { Event = copy } : null).OfType<StoredEvent>());
            after = page[^1].Seq;
        }

        await StoreFaults.Guard(() => store.RewriteEventsAsync(group.Id, copies, cancellationToken));
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Another node wrote the group first (held version {Held}, stored {Stored}); catching up.")]
    private static partial void LogConflict(ILogger logger, long held, long stored);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Saving a group snapshot at version {Version} failed.")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, long version);

    private sealed class Entry(string groupId) : IHeldEntry
    {
        string IHeldEntry.Key => GroupId;

        public string GroupId { get; } = groupId;

        public SemaphoreSlim Lock { get; } = new(1, 1);

        /// <summary>The folded group; read and changed only under <see cref="Lock"/>.</summary>
        public WorkingGroup? Group { get; set; }

        public long LastUsed { get; set; }
    }
}
