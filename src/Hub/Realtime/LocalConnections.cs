namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The hub connections held by this node, by soirée, each with its hold on the soirée (which keeps it in memory while
/// anyone is connected). With the Redis backplane a group send goes through Redis even to this node's own
/// connections; a send to one connection held here does not, which is what a catch-up nudge needs when the link to
/// Redis is what failed.
/// </summary>
/// <remarks>One record per connection, kept here rather than in the connection's own items: those are a concurrent
/// dictionary made on first use, half a kilobyte for each phone of a hall.</remarks>
internal sealed class LocalConnections
{
    // A plain lock: connections come and go at most a few thousand times a second, and a soirée's set must disappear
    // with its last connection without racing a newcomer.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, IDisposable>> _bySession = new(StringComparer.Ordinal);

    /// <summary>Records the connection with its hold on the soirée, released by <see cref="Remove"/>.</summary>
    public void Add(string sessionId, string connectionId, IDisposable hold)
    {
        IDisposable? replaced;
        lock (_gate)
        {
            if (!_bySession.TryGetValue(sessionId, out var connections))
            {
                _bySession[sessionId] = connections = new Dictionary<string, IDisposable>(StringComparer.Ordinal);
            }

            connections.Remove(connectionId, out replaced);
            connections[connectionId] = hold;
        }

        // A connection id is never reused; should one come twice, its first hold must not leak.
        replaced?.Dispose();
    }

    /// <summary>Forgets the connection and releases its hold on the soirée.</summary>
    public void Remove(string sessionId, string connectionId)
    {
        IDisposable? hold = null;
        lock (_gate)
        {
            if (_bySession.TryGetValue(sessionId, out var connections) && connections.Remove(connectionId, out hold) && connections.Count == 0)
            {
                _bySession.Remove(sessionId);
            }
        }

        hold?.Dispose();
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
            return _bySession.TryGetValue(sessionId, out var connections) ? [.. connections.Keys] : [];
        }
    }
}
