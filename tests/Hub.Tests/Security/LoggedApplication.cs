using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>
/// The server with every log category asked for at Trace (as an operator chasing a problem might) and all output
/// kept in <see cref="Logs"/>; small note and call budgets so a flood is refused within the test.
/// </summary>
public sealed class LoggedApplication : WorkshopApplication
{
    public const int NoteBurst = 3;

    public LogCapture Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher"] = "Trace",
        ["Workshop:NoteBurst"] = "3",
        ["Workshop:NotesPerMinute"] = "1",
        ["Workshop:CallBurst"] = "30",
        ["Workshop:CallsPerSecond"] = "1",
        ["Workshop:JoinFailuresPerAddress"] = "3",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Only the capture: the console would print the whole Trace run into the test output.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
    }
}
