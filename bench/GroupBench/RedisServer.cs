using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace StartupTerritoire.GroupBench;

/// <summary>
/// A redis-server of the bench's own on a free loopback port, kept in memory only (no snapshot, no append-only file):
/// the loads read from it, and it goes when the bench ends.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Endpoint = $"127.0.0.1:{port}";
    }

    public string Endpoint { get; }

    public static async Task<RedisServer> StartAsync()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            start.ArgumentList.Add(argument);
        }

        var server = new RedisServer(Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start."), port);
        server._process.OutputDataReceived += (_, _) => { };
        server._process.ErrorDataReceived += (_, _) => { };
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(50))
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(10) && !server._process.HasExited)
            {
            }
            catch (SocketException)
            {
                await server.DisposeAsync();
                throw new TimeoutException("redis-server did not listen on loopback within 10 s.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
