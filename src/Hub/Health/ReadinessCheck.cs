using StackExchange.Redis;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Health;

/// <summary>Ready when the store answers and, when Redis is configured, its connection is up.</summary>
internal sealed class ReadinessCheck(ISessionStore store, IServiceProvider services)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    public async Task<(bool Ready, IReadOnlyDictionary<string, string> Checks)> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, string>(StringComparer.Ordinal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        bool storeReady;
        try
        {
            storeReady = await store.IsReadyAsync(timeout.Token).WaitAsync(s_timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            storeReady = false;
        }

        checks["store"] = storeReady ? "ok" : "unavailable";
        var ready = storeReady;
        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            checks["redis"] = redis.IsConnected ? "ok" : "disconnected";
            ready &= redis.IsConnected;
        }

        return (ready, checks);
    }
}
