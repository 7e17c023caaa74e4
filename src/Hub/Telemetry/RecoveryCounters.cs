using StartupTerritoire.Server.Realtime;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>
/// How often this node had to ask its clients to catch up (<c>workshop.backplane.recoveries</c>,
/// <c>workshop.resync.nudges</c>) and how many batches of stored events it could not hand to the backplane
/// (<c>workshop.backplane.publish_failures</c>). Read from <see cref="ResyncCounter"/> when scraped.
/// </summary>
internal sealed class RecoveryCounters(WorkshopMetrics metrics, ResyncCounter counter) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Meter.CreateObservableCounter("workshop.backplane.recoveries", () => counter.Recoveries, "{recovery}",
            "Times this node nudged its clients to catch up: after its backplane came back, or after a failed publish.");
        metrics.Meter.CreateObservableCounter("workshop.resync.nudges", () => counter.Nudges, "{nudge}",
            "Resync messages this node sent to its own connections, one per connection per recovery.");
        metrics.Meter.CreateObservableCounter("workshop.backplane.publish_failures", () => counter.FailedPublishes, "{batch}",
            "Batches of stored events this node failed to hand to the backplane; their clients were nudged.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
