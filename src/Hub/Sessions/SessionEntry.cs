using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// A session held in memory by this node, with the lock that orders its commands here. Other nodes may have moved
/// the stored session on; the entry catches up before deciding and on every optimistic-concurrency conflict.
/// </summary>
internal sealed class SessionEntry(string sessionId)
{
    public string SessionId { get; } = sessionId;

    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>The folded session; null until loaded. Read and changed only under <see cref="Lock"/>.</summary>
    public Session? Session { get; set; }

    /// <summary>The next round deadline, kept outside the lock so the clock can scan without taking it.</summary>
    public DateTimeOffset? NextDeadline { get; set; }
}
