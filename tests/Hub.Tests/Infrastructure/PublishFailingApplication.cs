using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Realtime;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The app on a real redis-server whose backplane can be made to refuse <c>Events</c> publishes, as when the link to
/// Redis breaks between storing a command's events and sending them; it accepts them again once the broadcaster
/// reported the failure.
/// </summary>
public sealed class PublishFailingApplication(RedisServerFixture redis) : WorkshopApplication(DateTimeOffset.UtcNow)
{
    private volatile bool _failing;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = redis.Configuration,
    };

    /// <summary>Publishes of <c>Events</c> batches fail, to every audience, until the broadcaster reports it.</summary>
    public void FailNextEventsPublish()
    {
        var failures = Services.GetRequiredService<PublishFailures>();
        void Reported(string sessionId)
        {
            _failing = false;
            failures.Failed -= Reported;
        }

        failures.Failed += Reported;
        _failing = true;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<RedisHubLifetimeManager<WorkshopHub>>();
            services.AddSingleton<HubLifetimeManager<WorkshopHub>>(sp => new Refusing(
                sp.GetRequiredService<RedisHubLifetimeManager<WorkshopHub>>(),
                () => _failing));
        });
    }

    private sealed class Refusing(HubLifetimeManager<WorkshopHub> inner, Func<bool> fail) : HubLifetimeManager<WorkshopHub>
    {
        public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
            methodName == nameof(IWorkshopClient.Events) && fail()
                ? Task.FromException(new InvalidOperationException("The backplane refused the publish."))
                : inner.SendGroupAsync(groupName, methodName, args, cancellationToken);

        public override Task OnConnectedAsync(HubConnectionContext connection) => inner.OnConnectedAsync(connection);

        public override Task OnDisconnectedAsync(HubConnectionContext connection) => inner.OnDisconnectedAsync(connection);

        public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
            inner.SendAllAsync(methodName, args, cancellationToken);

        public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
            inner.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);

        public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
            inner.SendConnectionAsync(connectionId, methodName, args, cancellationToken);

        public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
            inner.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken);

        public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
            inner.SendGroupsAsync(groupNames, methodName, args, cancellationToken);

        public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
            inner.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);

        public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
            inner.SendUserAsync(userId, methodName, args, cancellationToken);

        public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
            inner.SendUsersAsync(userIds, methodName, args, cancellationToken);

        public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
            inner.AddToGroupAsync(connectionId, groupName, cancellationToken);

        public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
            inner.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
    }
}
