using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The real server as its own process on a loopback port, started from the built Hub, so tests can kill it with
/// SIGKILL mid-work and start it again on the same data, or run two nodes side by side.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<string> _output = new();
    private readonly IReadOnlyList<string> _arguments;
    private Process? _process;

    private HubProcess(IReadOnlyList<string> arguments)
    {
        _arguments = arguments;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Everything the server printed, for assertions on logs.</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>
    /// Settings for a test client that writes as fast as the server answers, far beyond a person's pace: the
    /// per-caller rate limits (their own tests are in Security/) would otherwise stop it.
    /// </summary>
    public static readonly string[] MachineSpeed =
        ["--Workshop:NoteBurst", "100000", "--Workshop:CallBurst", "100000"];

    /// <summary>Starts a node on the embedded SQLite store in <paramref name="dataFolder"/>.</summary>
    public static Task<HubProcess> StartSqliteAsync(string dataFolder, params string[] settings) =>
        StartAsync(["--Workshop:DataFolder", dataFolder, .. settings]);

    /// <summary>Starts a node on Redis; its own SQLite folder is never used.</summary>
    public static Task<HubProcess> StartRedisAsync(string redisConfiguration, params string[] settings) =>
        StartAsync(["--redis", redisConfiguration, "--Workshop:ClockRefreshPeriod", "00:00:00.250", .. settings]);

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>SIGKILL: no shutdown hooks, no flush, like a power cut of the process.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        await ServerLauncher.StopAsync(_process);
        _process = null;
    }

    /// <summary>Starts the same server again (same data, same Redis) on a new port.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        await LaunchAsync();
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private static async Task<HubProcess> StartAsync(IReadOnlyList<string> arguments)
    {
        var hub = new HubProcess(arguments);
        await hub.LaunchAsync();
        return hub;
    }

    private async Task LaunchAsync()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{ServerLauncher.FreeLoopbackPort()}/");
        _process = await ServerLauncher.StartAsync(BaseAddress, _arguments, _output.Enqueue, () => string.Join(Environment.NewLine, _output), s_startTimeout);
    }

    /// <summary>A fresh temporary folder for a node's data.</summary>
    public static string NewDataFolder() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "st-node-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture))).FullName;
}
