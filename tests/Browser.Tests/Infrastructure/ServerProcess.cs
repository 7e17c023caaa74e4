using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// The built Hub as its own process on a free loopback port, serving the built pages from src/Hub/wwwroot, on a
/// fresh SQLite folder that is deleted with it. The browser talks to it exactly as a phone on the LAN would.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _dataFolder;
    private Process? _process;

    private ServerProcess(Uri baseAddress, string dataFolder)
    {
        BaseAddress = baseAddress;
        _dataFolder = dataFolder;
    }

    /// <summary>http://127.0.0.1:port/, with the trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Everything the server printed, for failure messages.</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>Starts a server; extra arguments are configuration, e.g. ["--Workshop:PublicBaseUrl", "http://…"].</summary>
    public static async Task<ServerProcess> StartAsync(params string[] configuration)
    {
        var dataFolder = Directory.CreateDirectory(
            Path.Combine(Path.GetTempPath(), "st-browser-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture))).FullName;
        var server = new ServerProcess(new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/"), dataFolder);
        try
        {
            await server.LaunchAsync(configuration);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>An absolute URL on this server from a path such as "/j/ABCD1234".</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>Creates a soirée over HTTP (POST /api/sessions) and returns what the server answered.</summary>
    public async Task<CreatedSession> CreateSessionAsync(object request)
    {
        using var http = CreateClient();
        using var response = await http.PostAsJsonAsync("/api/sessions", request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<CreatedSession>().DefaultTimeout()
            ?? throw new InvalidOperationException("POST /api/sessions answered an empty body.");
    }

    /// <summary>The server's clock in Unix ms, read from the soirée's snapshot (any token of the soirée).</summary>
    public async Task<long> ServerNowAsync(string sessionId, string token)
    {
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{sessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync().DefaultTimeout()).DefaultTimeout();
        return body.RootElement.GetProperty("serverNow").GetInt64();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().DefaultTimeout();
            _process.Dispose();
            _process = null;
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }

    private async Task LaunchAsync(IReadOnlyList<string> configuration)
    {
        var assembly = RepositoryPaths.ServerAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        foreach (var argument in (string[])[
            assembly,
            "--urls", BaseAddress.ToString().TrimEnd('/'),
            "--contentRoot", RepositoryPaths.HubProject,
            "--Workshop:DataFolder", _dataFolder,
            .. configuration,
        ])
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
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }

            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
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

        throw new TimeoutException($"The server was not ready within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 500 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
