using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Hosting;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// Drops from memory the soirées, working groups, démarches and consultations idle for
/// <see cref="WorkshopOptions.IdleEviction"/>, together with what this node kept beside them (credentials, clustering
/// suggestions, snapshot items converted for the wire, consultation themes), so a node serving evening after evening returns to its size once they are
/// over. Everything comes back from the store on its next use. The per-caller rate limiters need nothing: they drop
/// a caller's bucket by themselves once it has been full for a few seconds.
/// </summary>
internal sealed partial class IdleEvictionSweeper(
    SessionRegistry sessions,
    GroupRegistry groups,
    DemarcheRegistry demarches,
    ConsultationRegistry consultations,
    ConsultationThemes themes,
    SuggestionService suggestions,
    CredentialCache credentials,
    TimeProvider time,
    IOptions<WorkshopOptions> options,
    ILogger<IdleEvictionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idleFor = options.Value.IdleEviction;
        if (idleFor <= TimeSpan.Zero)
        {
            return;
        }

        // A quarter of the idle period: a soirée leaves at most a quarter late, and a sweep over a few thousand held
        // entries costs microseconds each.
        using var timer = new PeriodicTimer(Period(idleFor), time);
        while (await timer.WaitOrStopAsync(stoppingToken))
        {
            try
            {
                Sweep(idleFor);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }
        }
    }

    private void Sweep(TimeSpan idleFor)
    {
        var soirees = sessions.EvictIdle(idleFor);
        foreach (var sessionId in soirees)
        {
            suggestions.Forget(sessionId);
            Realtime.WirePayload.Forget(sessionId);
        }

        var groupIds = groups.EvictIdle(idleFor);
        var consultationIds = consultations.EvictIdle(idleFor);
        themes.Forget(consultationIds);
        var others = groupIds.Count + consultationIds.Count + demarches.EvictIdle(idleFor).Count;
        credentials.ForgetSessions(soirees.Concat(groupIds).ToHashSet(StringComparer.Ordinal));
        if (soirees.Count + others > 0)
        {
            LogEvicted(logger, soirees.Count, others, sessions.HeldCount);
        }
    }

    private static TimeSpan Period(TimeSpan idleFor)
    {
        var quarter = idleFor / 4;
        return quarter < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100)
            : quarter > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1)
            : quarter;
    }

    [LoggerMessage(EventId = 1403, Level = LogLevel.Debug, Message = "{Soirees} idle soirées and {Others} groups, démarches or consultations left memory; {Held} soirées stay.")]
    private static partial void LogEvicted(ILogger logger, int soirees, int others, int held);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "Dropping idle soirées from memory failed; it will run again.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
