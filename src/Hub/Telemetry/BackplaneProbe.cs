using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>
/// Measures the backplane's delivery lag between nodes (<c>workshop.backplane.lag</c>). When a node hands a batch of
/// stored events to SignalR, it also publishes, at most every <see cref="s_spacing"/>, a probe holding the instant on
/// the same Redis connection the backplane uses; every other node records how long the probe took to reach it. The
/// probe queues behind the backplane's own messages on that connection, so it sees the same Redis, network and
/// subscriber backlog; what it leaves out is each node's writes to its own connections. Instants come from the wall
/// clock of two machines: their clocks' skew adds to it (NTP keeps it to milliseconds). Without Redis there is no
/// backplane and nothing is published.
/// </summary>
internal sealed partial class BackplaneProbe(WorkshopMetrics metrics, ILogger<BackplaneProbe> logger, IConnectionMultiplexer? redis = null) : IHostedService
{
    private static readonly RedisChannel s_channel = RedisChannel.Literal("st:probe:lag");

    // A few probes a second are plenty for a histogram an operator reads over minutes, and cost nothing beside the
    // backplane's own traffic.
    private static readonly TimeSpan s_spacing = TimeSpan.FromMilliseconds(250);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private long _lastProbe;

    /// <summary>Notes that a batch is being handed to the backplane; publishes a probe unless one went out just now.</summary>
    public void Stamp()
    {
        if (redis is null)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        var last = Volatile.Read(ref _lastProbe);
        if ((last != 0 && Stopwatch.GetElapsedTime(last, now) < s_spacing) || Interlocked.CompareExchange(ref _lastProbe, now, last) != last)
        {
            return;
        }

        var sent = TimeProvider.System.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
        try
        {
            // Fire and forget: while Redis is away the probe is simply lost, like the batch it stands for.
            redis.GetSubscriber().Publish(s_channel, string.Concat(_node, "|", sent), CommandFlags.FireAndForget);
        }
        catch (RedisException)
        {
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis is null)
        {
            return;
        }

        try
        {
            await redis.GetSubscriber().SubscribeAsync(s_channel, (_, message) => Receive(message));
        }
        catch (RedisException ex)
        {
            // Redis away at start-up: the server runs on, only this figure is missing until the next start.
            LogSubscribeFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Receive(RedisValue message)
    {
        var text = (string?)message;
        var bar = text?.IndexOf('|') ?? -1;
        if (bar <= 0 || text.AsSpan(0, bar).SequenceEqual(_node)
            || !long.TryParse(text.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sentTicks))
        {
            return;
        }

        metrics.BackplaneLag(TimeSpan.FromTicks(TimeProvider.System.GetUtcNow().UtcTicks - sentTicks));
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "The backplane lag probe could not subscribe; the figure is missing until restart.")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);
}
