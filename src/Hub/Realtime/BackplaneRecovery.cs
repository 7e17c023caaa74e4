using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// With Redis, brings this node's clients back in step after the backplane lost messages. Two things lose them:
/// <list type="bullet">
/// <item>The node's subscription connection dropped (Redis restarted, the connection was killed): whatever other nodes
/// (or this one) published until it subscribed again never reached this node, though it is stored. Once the
/// subscription is back, every soirée with connections here gets a <c>Resync</c> nudge, sent to each connection
/// directly.</item>
/// <item>Publishing stored events failed on this node: no node received them. Once this node reaches Redis again, the
/// soirée's connections here are nudged directly, and those on other nodes through the backplane, which works again
/// (their own subscription may never have dropped if only this node's link broke).</item>
/// </list>
/// A nudge carries the soirée's version read from the store after the subscription is confirmed, and the client syncs
/// only when behind it. An event stored before that read is at or below the version; one stored after it is
/// published to a node that listens again. So a publish Redis accepted while this node's subscription was not yet
/// renewed is recovered too, without a periodic check. What this cannot see is a subscription that is broken without
/// the client library noticing (a half-open socket): the nudge then comes when the library's keep-alive notices and
/// reconnects, and a busy client catches up sooner through its own gap rule (docs/protocol.md §8).
/// </summary>
internal sealed partial class BackplaneRecovery(
    IConnectionMultiplexer redis,
    ResyncNudger nudger,
    PublishFailures failures,
    LocalConnections connections,
    IHubContext<WorkshopHub, IWorkshopClient> hub,
    TimeProvider time,
    ILogger<BackplaneRecovery> logger) : BackgroundService
{
    /// <summary>While Redis is still away, how often a pending recovery is tried again.</summary>
    private static readonly TimeSpan s_retryPeriod = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly HashSet<string> _failedPublishes = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private bool _subscriptionRestored;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        failures.Failed += OnPublishFailed;
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stoppingToken))
            {
                _wake.Reader.TryRead(out _);
                while (!await TryRecoverAsync(stoppingToken))
                {
                    await Task.Delay(s_retryPeriod, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            redis.ConnectionRestored -= OnConnectionRestored;
            failures.Failed -= OnPublishFailed;
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            lock (_gate)
            {
                _subscriptionRestored = true;
            }

            LogSubscriptionRestored(logger);
        }

        // A restored interactive connection may let a failed publish's nudge through at last.
        _wake.Writer.TryWrite(true);
    }

    private void OnPublishFailed(string sessionId)
    {
        lock (_gate)
        {
            _failedPublishes.Add(sessionId);
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>Runs what is pending; false when it must be tried again (Redis still away).</summary>
    private async Task<bool> TryRecoverAsync(CancellationToken cancellationToken)
    {
        bool restored;
        string[] failed;
        lock (_gate)
        {
            (restored, failed) = (_subscriptionRestored, [.. _failedPublishes]);
            _subscriptionRestored = false;
            _failedPublishes.Clear();
        }

        if (!restored && failed.Length == 0)
        {
            return true;
        }

        try
        {
            // Redis answers one connection's commands in order, and the client library queues its SUBSCRIBE commands
            // on the renewed subscription connection before announcing it: once this ping on that same connection is
            // answered, every channel is listened to again, and whatever is published from now on reaches this node.
            await redis.GetSubscriber().PingAsync();
            var sessions = restored ? connections.Sessions.Concat(failed) : failed;
            var versions = await nudger.NudgeLocalAsync(sessions, cancellationToken);
            foreach (var sessionId in failed)
            {
                if (versions.TryGetValue(sessionId, out var version))
                {
                    await hub.Clients.Group(WorkshopGroups.Everyone(sessionId)).Resync(sessionId, version);
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRecoveryDeferred(logger, ex);
            lock (_gate)
            {
                _subscriptionRestored |= restored;
                _failedPublishes.UnionWith(failed);
            }

            return false;
        }
    }

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "The backplane subscription is back; clients of this node will catch up.")]
    private static partial void LogSubscriptionRestored(ILogger logger);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Debug, Message = "Redis is not answering yet; the catch-up nudge waits.")]
    private static partial void LogRecoveryDeferred(ILogger logger, Exception exception);
}
