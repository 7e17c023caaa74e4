using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// A real redis-server from PATH on a free loopback port with AOF on, in a temporary folder. It can be killed with
/// SIGKILL and started again on the same port and folder, so durability tests see what a crash leaves behind.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "st-redis-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> _output = new();
    private string? _executable;
    private Process? _process;
    private ConnectionMultiplexer? _connection;

    public int Port { get; private set; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=5000,syncTimeout=5000,connectRetry=5";

    /// <summary>A connection shared by the collection; it reconnects by itself after a restart.</summary>
    public IConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _executable = FindOnPath("redis-server")
            ?? throw new InvalidOperationException("redis-server not found on PATH: apt-get install redis-server");
        Directory.CreateDirectory(_directory);
        Port = ServerLauncher.FreeLoopbackPort();
        await StartAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync(Configuration).DefaultTimeout();
    }

    /// <summary>Starts the server on the same port and folder (it reloads its AOF) and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("redis-server is already running.");
        }

        var start = new ProcessStartInfo(_executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--dir", _directory,
        ])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        await WaitForPongAsync(process);
    }

    /// <summary>Kills the server with SIGKILL: no shutdown, no final AOF rewrite, like a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            // Process.Kill sends SIGKILL on Unix.
            _process.Kill();
        }

        await _process.WaitForExitAsync().DefaultTimeout();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Kills the server with SIGKILL and starts it again on the same port and folder.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        await KillAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitForPongAsync(Process process)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }

            if (await AnswersPingAsync())
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        throw new TimeoutException($"redis-server did not answer PING on port {Port} within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
    }

    // A raw PING rather than a multiplexer: while the AOF loads Redis answers -LOADING, which must count as not ready.
    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
