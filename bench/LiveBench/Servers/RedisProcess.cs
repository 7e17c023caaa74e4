using System.Diagnostics;
using System.Net.Sockets;

namespace StartupTerritoire.LiveBench.Servers;

/// <summary>
/// A redis-server on a free loopback port for the two-node runs, with the production AOF setting (everysec); it can
/// be killed (SIGKILL) and started again on the same port and folder, as the fault runs need.
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly string _folder;
    private Process? _process;

    private RedisProcess(int port, string folder)
    {
        Port = port;
        _folder = folder;
    }

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartAsync()
    {
        var redis = new RedisProcess(ServerProcess.FreeLoopbackPort(), Directory.CreateTempSubdirectory("livebench-redis-").FullName);
        try
        {
            await redis.LaunchAsync();
            return redis;
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: Redis gets no chance to flush anything beyond what it already wrote to its AOF.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts again on the same port and folder; Redis reloads its AOF before it answers.</summary>
    public Task RestartAsync() => LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder, "--save", "", "--appendonly", "yes", "--appendfsync", "everysec"])
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("redis-server did not listen within 10 s.");
    }
}
