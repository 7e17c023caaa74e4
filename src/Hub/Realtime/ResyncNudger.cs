using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Tells this node's clients of some soirées to catch up (<see cref="IWorkshopClient.Resync"/>), one connection at a
/// time: a send to a connection this node holds is written to it directly, never through the backplane.
/// </summary>
internal sealed partial class ResyncNudger(
    IHubContext<WorkshopHub, IWorkshopClient> hub,
    SessionRegistry registry,
    LocalConnections connections,
    ResyncCounter counter,
    ILogger<ResyncNudger> logger)
{
    /// <summary>
    /// Reads each soirée's version from the store, then nudges its connections on this node with it. Returns the
    /// versions read, so they can be told to other nodes too; a soirée deleted meanwhile is left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> NudgeLocalAsync(IEnumerable<string> sessionIds, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var nudged = 0;
        foreach (var sessionId in sessionIds.Distinct(StringComparer.Ordinal))
        {
            long version;
            try
            {
                // Read after the backplane is back: an event stored before is at or below this version, and one
                // stored after is published to a node that listens again.
                version = await registry.ReadAsync(sessionId, s => s.Version, cancellationToken);
            }
            catch (WorkshopException)
            {
                // Deleted or purged meanwhile: its clients heard, or will hear on their next call.
                continue;
            }

            versions[sessionId] = version;
            var ids = connections.Of(sessionId);
            try
            {
                await Task.WhenAll(ids.Select(id => hub.Clients.Client(id).Resync(sessionId, version)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A connection closing meanwhile; it syncs anyway when it comes back.
                LogNudgeFailed(logger, ex, sessionId);
            }

            nudged += ids.Count;
        }

        if (versions.Count > 0)
        {
            counter.Recovered(nudged);
        }

        return versions;
    }

    [LoggerMessage(EventId = 1202, Level = LogLevel.Debug, Message = "Nudging the connections of soirée {SessionId} failed for some.")]
    private static partial void LogNudgeFailed(ILogger logger, Exception exception, string sessionId);
}
