using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Rounds;

/// <summary>
/// The server's round clock. Every node runs one; when a deadline passes, each may decide the round's end, and the
/// store's compare-and-set lets exactly one of them store it (the others catch up and find nothing left to do).
/// It also follows the live sessions in the store, so a node notices rounds started on another node. A soirée
/// evicted from memory while a round runs is not kept for its timer: the clock loads it again when its deadline comes.
/// </summary>
internal sealed partial class RoundClock(
    SessionRegistry registry,
    ISessionStore store,
    TimeProvider time,
    IOptions<WorkshopOptions> options,
    ILogger<RoundClock> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ClockPeriod, time);
        var nextRefresh = DateTimeOffset.MinValue;
        while (await timer.WaitOrStopAsync(stoppingToken))
        {
            var now = time.GetUtcNow();
            if (now >= nextRefresh)
            {
                nextRefresh = now + options.Value.ClockRefreshPeriod;
                await RefreshAsync(stoppingToken);
            }

            foreach (var entry in registry.Entries)
            {
                if (entry.NextDeadline is { } deadline && deadline <= now)
                {
                    await TickAsync(entry.SessionId, stoppingToken);
                }
            }

            foreach (var sessionId in registry.DormantDueAt(now).ToList())
            {
                await TickAsync(sessionId, stoppingToken);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        try
        {
            var live = await store.ListLiveSessionsAsync(stoppingToken);
            foreach (var sessionId in live)
            {
                await registry.RefreshAsync(sessionId, stoppingToken);
            }

            registry.ForgetDormantExcept(live.ToHashSet(StringComparer.Ordinal));
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The store may be briefly away; the next refresh tries again.
            LogRefreshFailed(logger, ex);
        }
    }

    private async Task TickAsync(string sessionId, CancellationToken stoppingToken)
    {
        try
        {
            await registry.ExecuteAsync(sessionId, (session, now) => session.AdvanceClock(now), requestId: null, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogTickFailed(logger, ex, sessionId);
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "The round clock could not refresh live sessions.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "The round clock could not end a round of session {SessionId}.")]
    private static partial void LogTickFailed(ILogger logger, Exception exception, string sessionId);
}
