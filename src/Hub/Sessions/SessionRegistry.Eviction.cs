using System.Collections.Concurrent;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// Idle soirées leave memory. A soirée with no live connection on this node and no command or read for
/// <see cref="Hosting.WorkshopOptions.IdleEviction"/> is dropped once nothing runs on it (its lock is free, its
/// queued appends stored, its events sent); its next use loads it again from the store, snapshot and catch-up, as
/// on a node that never held it. What it leaves behind is a dormant record (its version and next round deadline, a
/// few dozen bytes), so the round clock still ends a running round on time, by loading the soirée when its deadline
/// comes, and so following the store's live soirées does not load every idle one again.
/// </summary>
internal sealed partial class SessionRegistry
{
    private readonly ConcurrentDictionary<string, Dormant> _dormant = new(StringComparer.Ordinal);

    /// <summary>How many soirées this node holds in memory now.</summary>
    public int HeldCount => _entries.Count;

    /// <summary>Whether this node holds the soirée in memory now.</summary>
    public bool Holds(string sessionId) => _entries.ContainsKey(sessionId);

    /// <summary>Evicted soirées whose round deadline has come: the clock loads them to end the round.</summary>
    public IEnumerable<string> DormantDueAt(DateTimeOffset now) =>
        _dormant.Where(d => d.Value.Deadline is { } deadline && deadline <= now).Select(d => d.Key);

    /// <summary>
    /// Counts a live connection on the soirée until the returned hold is disposed (when the connection ends): a
    /// soirée with a connection stays in memory.
    /// </summary>
    public IDisposable Hold(string sessionId)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(sessionId, NewEntry);
            entry.AddConnection();
            // Paired with the check in TryEvict: either the sweeper sees this connection, or this sees the eviction.
            if (!entry.Evicted)
            {
                return new ConnectionHold(entry);
            }

            entry.RemoveConnection();
        }
    }

    /// <summary>
    /// Brings a live session up to date with the store, for the round clock, without counting as a use. A dormant
    /// soirée is loaded again only when another node wrote to it since (a store this node writes alone cannot have
    /// moved on).
    /// </summary>
    public async Task RefreshAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (_dormant.TryGetValue(sessionId, out var dormant)
            && (store.IsSoleWriter || await Guard(() => store.GetVersionAsync(sessionId, cancellationToken)) == dormant.Version))
        {
            return;
        }

        await ReadWithEventsAsync(sessionId, afterSeq: 0, maxCount: 0, (session, _) => session.Version, touch: false, cancellationToken);
    }

    /// <summary>Drops the soirées idle for <paramref name="idleFor"/> that nothing uses now; returns their ids.</summary>
    public IReadOnlyList<string> EvictIdle(TimeSpan idleFor)
    {
        var now = time.GetTimestamp();
        var evicted = new List<string>();
        foreach (var entry in _entries.Values)
        {
            if (entry.Connections == 0 && time.GetElapsedTime(entry.LastUsed, now) >= idleFor && TryEvict(entry))
            {
                evicted.Add(entry.SessionId);
            }
        }

        return evicted;
    }

    // Takes the soirée's lock and returns the registry's current entry for it, loaded or not; an entry evicted while
    // this waited is let go for the one that replaced it.
    private async Task<SessionEntry> EnterAsync(string sessionId, bool touch, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(sessionId, NewEntry);
            await entry.Lock.WaitAsync(cancellationToken);
            if (!entry.Evicted)
            {
                if (touch)
                {
                    entry.LastUsed = time.GetTimestamp();
                }

                return entry;
            }

            entry.Lock.Release();
        }
    }

    private SessionEntry NewEntry(string sessionId) => new(sessionId, time.GetTimestamp());

    private bool TryEvict(SessionEntry entry)
    {
        // Never while a command or a read holds it, nor while its queued appends or events are on their way: the
        // next entry must start from everything stored and send after everything already sent.
        if (!entry.Lock.Wait(0))
        {
            return false;
        }

        try
        {
            if (!entry.Settled.IsCompleted || !entry.Outgoing.IsIdle || entry.Connections > 0)
            {
                return false;
            }

            entry.Evicted = true;
            Interlocked.MemoryBarrier();
            if (entry.Connections > 0)
            {
                // A connection arrived meanwhile and has not seen the eviction yet: keep the soirée.
                entry.Evicted = false;
                return false;
            }

            _entries.TryRemove(KeyValuePair.Create(entry.SessionId, entry));
            if (entry.Session is { State: not SessionState.Closed } session && entry.LoadedAtFailures == entry.Failures)
            {
                _dormant[entry.SessionId] = new Dormant(session.Version, entry.NextDeadline);
            }

            return true;
        }
        finally
        {
            entry.Lock.Release();
        }
    }

    // Deleted, purged or never there: whoever waits on the entry's lock starts again from the store.
    private void Drop(SessionEntry entry)
    {
        entry.Evicted = true;
        _entries.TryRemove(KeyValuePair.Create(entry.SessionId, entry));
        _dormant.TryRemove(entry.SessionId, out _);
    }

    /// <summary>Forgets the dormant soirées that are no longer live in the store (closed, deleted or purged elsewhere).</summary>
    public void ForgetDormantExcept(IReadOnlySet<string> live)
    {
        foreach (var sessionId in _dormant.Keys)
        {
            if (!live.Contains(sessionId))
            {
                _dormant.TryRemove(sessionId, out _);
            }
        }
    }

    private sealed record Dormant(long Version, DateTimeOffset? Deadline);

    private sealed class ConnectionHold(SessionEntry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.RemoveConnection();
            }
        }
    }
}
