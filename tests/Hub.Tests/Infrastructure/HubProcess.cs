using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

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

    /// <summary>Starts a node on the embedded SQLite store in <paramref name="dataFolder"/>.</summary>
    public static Task<HubProcess> StartSqliteAsync(string dataFolder) =>
        StartAsync(["--Workshop:DataFolder", dataFolder]);

    /// <summary>Starts a node on Redis; its own SQLite folder is never used.</summary>
    public static Task<HubProcess> StartRedisAsync(string redisConfiguration) =>
        StartAsync(["--redis", redisConfiguration, "--Workshop:ClockRefreshPeriod", "00:00:00.250"]);

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>SIGKILL: no shutdown hooks, no flush, like a power cut of the process.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().DefaultTimeout();
        _process.Dispose();
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
        var port = FreeLoopbackPort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var assembly = ServerAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        foreach (var argument in (string[])[assembly, "--urls", BaseAddress.ToString().TrimEnd('/'), "--contentRoot", ProjectFolder(assembly), .. _arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReadyAsync(process);
    }

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + s_startTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }

            try
            {
                if ((await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The server was not ready within {s_startTimeout.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>src/Hub, whose wwwroot holds the built pages, as `dotnet run` would use it.</summary>
    private static string ProjectFolder(string assembly) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(assembly)!, "..", "..", ".."));

    /// <summary>The Hub as built beside these tests: src/Hub/bin/&lt;configuration&gt;/net10.0.</summary>
    private static string ServerAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "src", "Hub", "bin", configuration, framework, "StartupTerritoire.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the Hub first: {path} is missing.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A fresh temporary folder for a node's data.</summary>
    public static string NewDataFolder() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "st-node-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture))).FullName;
}
