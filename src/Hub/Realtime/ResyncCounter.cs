namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// How often this node asked its clients to catch up, for operators: a steady rise means the link to Redis keeps
/// breaking. Plain counters, read when /metrics is scraped (Telemetry/RecoveryCounters).
/// </summary>
internal sealed class ResyncCounter
{
    private long _recoveries;
    private long _nudges;
    private long _failedPublishes;

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
    }

    internal void PublishFailed() => Interlocked.Increment(ref _failedPublishes);
}
