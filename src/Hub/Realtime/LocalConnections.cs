namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The hub connections held by this node, by soirée. With the Redis backplane a group send goes through Redis even
/// to this node's own connections; a send to one connection held here does not, which is what a catch-up nudge needs
/// when the link to Redis is what failed.
/// </summary>
internal sealed class LocalConnections
{
    // A plain lock: connections come and go at most a few thousand times a second, and a soirée's set must disappear
    // with its last connection without racing a newcomer.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _bySession = new(StringComparer.Ordinal);

    public void Add(string sessionId, string connectionId)
    {
        lock (_gate)
        {
            if (!_bySession.TryGetValue(sessionId, out var connections))
            {
                _bySession[sessionId] = connections = new HashSet<string>(StringComparer.Ordinal);
            }

            connections.Add(connectionId);
        }
    }

    public void Remove(string sessionId, string connectionId)
    {
        lock (_gate)
        {
            if (_bySession.TryGetValue(sessionId, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
            {
                _bySession.Remove(sessionId);
            }
        }
    }

    /// <summary>The soirées with at least one connection on this node.</summary>
    public IReadOnlyList<string> Sessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _bySession.Keys];
            }
        }
    }

    /// <summary>This node's connections to a soirée.</summary>
    public IReadOnlyList<string> Of(string sessionId)
    {
        lock (_gate)
        {
            return _bySession.TryGetValue(sessionId, out var connections) ? [.. connections] : [];
        }
    }
}
