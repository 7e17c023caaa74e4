using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The server in process on the embedded SQLite store, in a temporary data folder, with a fake clock started at a
/// random instant so no test depends on the wall clock.
/// </summary>
public class WorkshopApplication : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "st-hub-" + Guid.NewGuid().ToString("N"));

    public WorkshopApplication()
        : this(DateTimeOffset.UnixEpoch.AddDays(20_000 + Random.Shared.Next(0, 5_000)).AddMilliseconds(Random.Shared.Next(0, 86_400_000)))
    {
    }

    /// <summary>An app whose clock starts at <paramref name="start"/> (Redis expiries need one near the real clock).</summary>
    protected WorkshopApplication(DateTimeOffset start)
    {
        Time = new FakeTimeProvider(start);
    }

    /// <summary>Settings a subclass changes for its configuration of the app.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>The server's clock; advance it to move deadlines.</summary>
    public FakeTimeProvider Time { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Workshop:DataFolder", _dataFolder);
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }
}
