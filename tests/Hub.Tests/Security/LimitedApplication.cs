using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>
/// The server with small limits, so a test reaches them in a few calls, and with chosen client addresses. The
/// refill periods are long enough that nothing refills while a test runs.
/// </summary>
public sealed class LimitedApplication : WorkshopApplication
{
    public const int FailuresPerAddress = 5;
    public const int FailuresGlobal = 12;
    public const int CallBurst = 40;
    public const int NoteBurst = 4;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Workshop:JoinFailuresPerAddress"] = FailuresPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Workshop:JoinFailuresGlobal"] = FailuresGlobal.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Workshop:JoinFailureWindow"] = "01:00:00",
        ["Workshop:CallBurst"] = CallBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Workshop:CallsPerSecond"] = "1",
        ["Workshop:NoteBurst"] = NoteBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Workshop:NotesPerMinute"] = "1",
        ["Workshop:AllowedOrigins:0"] = "https://atelier.example.org",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddresses>());
    }
}
