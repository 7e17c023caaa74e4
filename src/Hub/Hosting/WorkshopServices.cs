using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.Server.Health;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Rounds;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.Server.Hosting;

/// <summary>One method per concern, so Program.cs reads like a table of contents.</summary>
internal static class WorkshopServices
{
    /// <summary>The largest hub message a client may send; a note is 500 characters, a whole suggestion far less.</summary>
    public const long MaxHubMessageBytes = 32 * 1024;

    public static IServiceCollection AddWorkshopOptions(this IServiceCollection services)
    {
        services.AddOptions<WorkshopOptions>()
            .BindConfiguration(WorkshopOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.ClockPeriod > TimeSpan.Zero && o.ClockRefreshPeriod > TimeSpan.Zero && o.Retention > TimeSpan.Zero && o.RetentionSweepPeriod > TimeSpan.Zero,
                "Clock periods and retention must be positive.")
            .Validate(o => o.IdleEviction >= TimeSpan.Zero, "IdleEviction must be zero (never) or positive.")
            .Validate(o => o.JoinFailureWindow >= TimeSpan.FromSeconds(1), "JoinFailureWindow must be at least one second.")
            .Validate(o => o.AllowedOrigins.All(Web.OriginPolicy.IsOrigin), "AllowedOrigins must be origins like https://example.org.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static IServiceCollection AddWorkshopSessions(this IServiceCollection services)
    {
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<SessionCreator>();
        services.AddSingleton<Groups.GroupRegistry>();
        services.AddSingleton<Groups.GroupCreator>();
        services.AddSingleton<Groups.GroupLinks>();
        services.AddSingleton<Demarches.DemarcheRegistry>();
        services.AddSingleton<Consultations.ConsultationRegistry>();
        services.AddSingleton<Demarches.DemarcheLinks>();
        services.AddSingleton<Demarches.DemarcheSoirees>();
        services.AddSingleton<Demarches.DemarcheDirectory>();
        services.AddSingleton<Demarches.IDemarcheDirectory>(sp => sp.GetRequiredService<Demarches.DemarcheDirectory>());
        services.AddSingleton<Consultations.ConsultationThemes>();

        // The API names enum values as the wire does ("readyToLaunch", "inProgress"), never as numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddSingleton<Exports.SessionExporter>();
        services.AddSingleton<EventBroadcaster>();
        services.AddSingleton<LocalConnections>();
        services.AddSingleton<ResyncCounter>();
        services.AddSingleton<ResyncNudger>();
        services.AddSingleton<PublishFailures>();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<ReadinessCheck>();
        services.AddSingleton<Web.ServerAddresses>();
        services.AddSingleton<Web.WebFiles>();
        services.AddHostedService<RoundClock>();
        services.AddHostedService<RetentionSweeper>();
        services.AddHostedService<IdleEvictionSweeper>();
        // Stateless and deterministic: one engine serves every workshop.
        services.AddSingleton<INoteClusterer>(new NoteClusterer());
        services.AddSingleton<SuggestionService>();
        services.AddHostedService<SuggestionWorker>();
        return services;
    }

    public static IServiceCollection AddWorkshopAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<JoinAttemptLimiter>();
        services.AddSingleton<CallRateLimiter>();
        services.AddSingleton<VisitorLimiter>();
        services.AddSingleton<JoinCodeResolver>();
        services.AddSingleton<ProtocolStrikes>();
        services.AddAuthentication(SessionTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, SessionTokenHandler>(SessionTokenHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }

    public static IServiceCollection AddWorkshopRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services
            .AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = MaxHubMessageBytes;
                o.AddFilter<WorkshopHubFilter>();
            })
            .AddJsonProtocol()
            .AddMessagePackProtocol(o =>
            {
                // Clients are untrusted: guard against hash-flooding and deep-nesting payloads (CVE-2020-5234).
                o.SerializerOptions = o.SerializerOptions.WithSecurity(MessagePackSecurity.UntrustedData);
            });

        // Both protocols, built on the options above, refuse what SignalR cannot bind with typed errors: it does so
        // while parsing, before any hub filter (see BindingFailureProtocol).
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<IHubProtocol>(sp => new BindingFailureProtocol(new JsonHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>())));
        services.AddSingleton<IHubProtocol>(sp => new BindingFailureProtocol(new MessagePackHubProtocol(sp.GetRequiredService<IOptions<MessagePackHubProtocolOptions>>())));
        if (configuration.UsesRedis())
        {
            signalR.AddStackExchangeRedis(o => o.Configuration.ChannelPrefix = RedisChannel.Literal("st:bus"));

            // One multiplexer for the store and the backplane: one set of sockets, one reconnect policy.
            services.AddOptions<RedisOptions>()
                .Configure<IConnectionMultiplexer>((o, connection) => o.ConnectionFactory = _ => Task.FromResult(connection));

            // The backplane loses what is published while a node's subscription is down: its clients are told to catch up.
            services.AddHostedService<BackplaneRecovery>();
        }

        services.AddSingleton<WorkshopHubFilter>();
        return services;
    }
}
