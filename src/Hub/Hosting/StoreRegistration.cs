using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Telemetry;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Hosting;

/// <summary>Chooses the store: Redis when a connection is configured, otherwise SQLite in the data folder.</summary>
internal static class StoreRegistration
{
    public const string DatabaseFileName = "startup-territoire.db";

    /// <summary>How long a Redis command may take before the write is reported as not saved.</summary>
    public static readonly TimeSpan RedisCommandTimeout = TimeSpan.FromSeconds(2);

    public static bool UsesRedis(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));

    public static IServiceCollection AddWorkshopStore(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.UsesRedis())
        {
            var connectionString = configuration.GetConnectionString("Redis")!;
            var options = ConfigurationOptions.Parse(connectionString);

            // Keep retrying in the background when Redis is away at start-up; /readyz says so meanwhile.
            options.AbortOnConnectFail = false;

            // Fail fast while Redis is away: a command is refused at once with store.unavailable ("saving paused")
            // instead of waiting in the client's backlog, and phones keep it in their outbox and send it again.
            // A command to a Redis that stopped answering gives up after the timeouts, unless the string sets its own.
            options.BacklogPolicy = BacklogPolicy.FailFast;
            if (!HasSetting(connectionString, "syncTimeout"))
            {
                options.SyncTimeout = (int)RedisCommandTimeout.TotalMilliseconds;
            }

            if (!HasSetting(connectionString, "asyncTimeout"))
            {
                options.AsyncTimeout = (int)RedisCommandTimeout.TotalMilliseconds;
            }

            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
            services.AddSingleton<ISessionStore>(sp => new TimedSessionStore(
                new RedisSessionStore(sp.GetRequiredService<IConnectionMultiplexer>()), "redis", sp.GetRequiredService<WorkshopMetrics>()));
        }
        else
        {
            services.AddSingleton<ISessionStore>(sp =>
            {
                var folder = DataFolder(sp.GetRequiredService<IOptions<WorkshopOptions>>().Value, sp.GetRequiredService<IHostEnvironment>());
                Directory.CreateDirectory(folder);
                return new TimedSessionStore(new SqliteSessionStore(Path.Combine(folder, DatabaseFileName)), "sqlite", sp.GetRequiredService<WorkshopMetrics>());
            });
        }

        return services;
    }

    private static bool HasSetting(string connectionString, string key) =>
        connectionString.Split(',').Any(part => part.Split('=')[0].Trim().Equals(key, StringComparison.OrdinalIgnoreCase));

    public static string DataFolder(WorkshopOptions options, IHostEnvironment environment) =>
        Path.IsPathRooted(options.DataFolder) ? options.DataFolder : Path.Combine(environment.ContentRootPath, options.DataFolder);
}
