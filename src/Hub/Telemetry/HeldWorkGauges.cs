using System.Diagnostics.Metrics;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>
/// What this node holds in memory: soirées by state (<c>workshop.soirees.loaded</c>) and working groups
/// (<c>workshop.groups.loaded</c>). Read when scraped, not kept up to date on every change. Registered once the
/// registries exist, which themselves send through code that records metrics.
/// </summary>
internal sealed class HeldWorkGauges(WorkshopMetrics metrics, SessionRegistry sessions, GroupRegistry groups) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Meter.CreateObservableGauge("workshop.soirees.loaded", ObserveSoirees, "{soiree}",
            "Soirées this node holds in memory, by state (draft, open, closed).");
        metrics.Meter.CreateObservableGauge("workshop.groups.loaded", () => groups.HeldCount, "{group}",
            "Working groups this node holds in memory.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<int>> ObserveSoirees()
    {
        int draft = 0, open = 0, closed = 0;
        foreach (var entry in sessions.Entries)
        {
            // Read without the soirée's lock: a gauge a moment off is fine, a scrape waiting on a busy soirée is not.
            var state = entry.Session?.State;
            draft += state == SessionState.Draft ? 1 : 0;
            open += state == SessionState.Open ? 1 : 0;
            closed += state == SessionState.Closed ? 1 : 0;
        }

        return
        [
            new(draft, new KeyValuePair<string, object?>("state", "draft")),
            new(open, new KeyValuePair<string, object?>("state", "open")),
            new(closed, new KeyValuePair<string, object?>("state", "closed")),
        ];
    }
}
