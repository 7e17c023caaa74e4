using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// Purges closed soirées and working groups once their retention has passed (a group's counts from its closure).
/// Redis expires their keys by itself; SQLite needs this sweep. Either way the node then stops holding them in
/// memory, and their tokens stop opening anything.
/// </summary>
internal sealed partial class RetentionSweeper(
    ISessionStore store,
    SessionRegistry registry,
    GroupRegistry groups,
    CredentialCache credentials,
    TimeProvider time,
    IOptions<WorkshopOptions> options,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepPeriod, time);
        do
        {
            try
            {
                var purged = await store.PurgeExpiredAsync(time.GetUtcNow(), stoppingToken);
                foreach (var entry in registry.Entries.ToList())
                {
                    if (entry.Session is { State: SessionState.Closed } && await store.GetVersionAsync(entry.SessionId, stoppingToken) == 0)
                    {
                        registry.Forget(entry.SessionId);
                        credentials.ForgetSession(entry.SessionId);
                    }
                }

                foreach (var groupId in groups.HeldClosedIds)
                {
                    if (await store.GetVersionAsync(groupId, stoppingToken) == 0)
                    {
                        groups.Forget(groupId);
                        credentials.ForgetSession(groupId);
                    }
                }

                if (purged > 0)
                {
                    LogPurged(logger, purged);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }
        }
        while (await timer.WaitOrStopAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Purged {Count} soirées past their retention.")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "The retention sweep failed; it will run again.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
