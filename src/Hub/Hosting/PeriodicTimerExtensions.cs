namespace StartupTerritoire.Server.Hosting;

/// <summary>Background loops stop quietly when the host stops, instead of throwing out of ExecuteAsync.</summary>
internal static class PeriodicTimerExtensions
{
    public static async Task<bool> WaitOrStopAsync(this PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
