using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Hosting;

/// <summary>Chooses the store: Redis when a connection is configured, otherwise SQLite in the data folder.</summary>
internal static class StoreRegistration
{
    public const string DatabaseFileName = "startup-territoire.db";

    public static bool UsesRedis(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));

    public static IServiceCollection AddWorkshopStore(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.UsesRedis())
        {
            var options = ConfigurationOptions.Parse(configuration.GetConnectionString("Redis")!);

            // Keep retrying in the background when Redis is away at start-up; /readyz says so meanwhile.
            options.AbortOnConnectFail = false;
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
            services.AddSingleton<ISessionStore>(sp => new RedisSessionStore(sp.GetRequiredService<IConnectionMultiplexer>()));
        }
        else
        {
            services.AddSingleton<ISessionStore>(sp =>
            {
                var folder = DataFolder(sp.GetRequiredService<IOptions<WorkshopOptions>>().Value, sp.GetRequiredService<IHostEnvironment>());
                Directory.CreateDirectory(folder);
                return new SqliteSessionStore(Path.Combine(folder, DatabaseFileName));
            });
        }

        return services;
    }

    public static string DataFolder(WorkshopOptions options, IHostEnvironment environment) =>
        Path.IsPathRooted(options.DataFolder) ? options.DataFolder : Path.Combine(environment.ContentRootPath, options.DataFolder);
}
