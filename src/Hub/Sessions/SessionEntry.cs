using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// A session held in memory by this node, with the lock that orders its commands here. Other nodes may have moved
/// the stored session on; the entry catches up before deciding and on every optimistic-concurrency conflict.
/// </summary>
internal sealed class SessionEntry(string sessionId, long lastUsed)
{
    private int _connections;
    private volatile bool _evicted;

    public string SessionId { get; } = sessionId;

    /// <summary>When a command or a client's read last used it (a <see cref="TimeProvider"/> timestamp); set under <see cref="Lock"/>.</summary>
    public long LastUsed { get; set; } = lastUsed;

    /// <summary>Live hub connections of this soirée on this node; an entry with any is never evicted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>
    /// Set once the entry left the registry (evicted, deleted or purged). Whoever took its lock or counted a
    /// connection on it afterwards lets go and takes the registry's current entry instead.
    /// </summary>
    public bool Evicted
    {
        get => _evicted;
        set => _evicted = value;
    }

    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>The folded session; null until loaded. Read and changed only under <see cref="Lock"/>.</summary>
    public Session? Session { get; set; }

    /// <summary>The next round deadline, kept outside the lock so the clock can scan without taking it.</summary>
    public DateTimeOffset? NextDeadline { get; set; }

    // ---- Pipelined commands (a store this node writes alone); all set under Lock ----------------------------------

    /// <summary>Completes once the last queued command is stored (or refused by the store) and its events queued to send.</summary>
    public Task Settled { get; set; } = Task.CompletedTask;

    /// <summary>
    /// Queued appends the store refused or failed so far. Once it moves, <see cref="Session"/> may hold events that
    /// were never stored: the next command waits for <see cref="Settled"/> and loads the session afresh.
    /// </summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>The <see cref="Failures"/> count the held session was loaded at.</summary>
    public int LoadedAtFailures { get; set; }

    /// <summary>Events stored and waiting to be sent, in order.</summary>
    public Realtime.BroadcastQueue Outgoing { get; } = new(sessionId);

    private int _failures;

    public void CountFailure() => Interlocked.Increment(ref _failures);

    public void AddConnection() => Interlocked.Increment(ref _connections);

    public void RemoveConnection() => Interlocked.Decrement(ref _connections);
}
