using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Api;

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
        var server = new ServerProcess(new Uri($"http://127.0.0.1:{ServerLauncher.FreeLoopbackPort()}/"), dataFolder);
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
    public async Task<long> ServerNowAsync(string sessionId, string token) =>
        (await SnapshotAsync(sessionId, token)).GetProperty("serverNow").GetInt64();

    /// <summary>The answer of GET /api/sessions/{id}/snapshot for a token of the soirée.</summary>
    public async Task<JsonElement> SnapshotAsync(string sessionId, string token)
    {
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{sessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync().DefaultTimeout()).DefaultTimeout();
        return body.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await ServerLauncher.StopAsync(_process);
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

    private async Task LaunchAsync(IReadOnlyList<string> configuration) =>
        _process = await ServerLauncher.StartAsync(BaseAddress, ["--Workshop:DataFolder", _dataFolder, .. configuration],
            _output.Enqueue, () => string.Join(Environment.NewLine, _output), StartTimeout);
}
