namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// How often this node asked its clients to catch up, for operators: a steady rise means the link to Redis keeps
/// breaking. Plain counters, read by whatever exports metrics; <see cref="Counted"/> tells a listener as they move.
/// </summary>
internal sealed class ResyncCounter
{
    private long _recoveries;
    private long _nudges;
    private long _failedPublishes;

    /// <summary>Raised after each recovery, with the number of connections it nudged.</summary>
    public event Action<int>? Counted;

    /// <summary>Times this node nudged its clients: after its backplane came back, or after a failed publish.</summary>
    public long Recoveries => Interlocked.Read(ref _recoveries);

    /// <summary><c>Resync</c> messages sent to this node's connections, one per connection per recovery.</summary>
    public long Nudges => Interlocked.Read(ref _nudges);

    /// <summary>Batches of stored events this node failed to hand to the backplane.</summary>
    public long FailedPublishes => Interlocked.Read(ref _failedPublishes);

    internal void Recovered(int connectionsNudged)
    {
        Interlocked.Increment(ref _recoveries);
        Interlocked.Add(ref _nudges, connectionsNudged);
        Counted?.Invoke(connectionsNudged);
    }

    internal void PublishFailed() => Interlocked.Increment(ref _failedPublishes);
}
