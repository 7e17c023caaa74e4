using System.Net;
using System.Net.Sockets;

namespace StartupTerritoire.LiveBench.Faults;

/// <summary>
/// A TCP proxy on loopback that makes a village hall's Wi-Fi of a clean link: every chunk waits a random delay (order
/// kept), and each connection may be reset (RST) at any second. Phones connect through it to reach a node.
/// </summary>
public sealed class LossyProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly TimeSpan _minDelay;
    private readonly TimeSpan _maxDelay;
    private readonly double _resetPerSecond;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];
    private Task _accepting = Task.CompletedTask;
    private int _resets;

    public LossyProxy(Uri target, TimeSpan minDelay, TimeSpan maxDelay, double resetPerSecond)
    {
        _target = new IPEndPoint(IPAddress.Loopback, target.Port);
        _minDelay = minDelay;
        _maxDelay = maxDelay;
        _resetPerSecond = resetPerSecond;
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Connections the proxy cut with a reset.</summary>
    public int Resets => Volatile.Read(ref _resets);

    public void Start()
    {
        _listener.Start();
        _accepting = Task.Run(AcceptLoopAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping.
        }

        Task[] running;
        lock (_tasks)
        {
            running = [.. _tasks];
        }

        await Task.WhenAll(running.Select(t => t.ContinueWith(static _ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptSocketAsync(_stop.Token);
            var task = Task.Run(() => RelayAsync(client));
            lock (_tasks)
            {
                _tasks.RemoveAll(t => t.IsCompleted);
                _tasks.Add(task);
            }
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        try
        {
            await server.ConnectAsync(_target, cut.Token);
            var up = PumpAsync(client, server, cut.Token);
            var down = PumpAsync(server, client, cut.Token);
            var chaos = ResetLaterAsync(cut.Token);
            await Task.WhenAny(up, down, chaos);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side went away.
        }
        finally
        {
            await cut.CancelAsync();
            // Linger 0: closing sends RST, as a dropped Wi-Fi association looks to the other side.
            client.LingerState = new LingerOption(true, 0);
            client.Close();
            server.LingerState = new LingerOption(true, 0);
            server.Close();
        }
    }

    private async Task PumpAsync(Socket from, Socket to, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var n = await from.ReceiveAsync(buffer, cancellationToken);
            if (n == 0)
            {
                return;
            }

            var delay = _minDelay + ((_maxDelay - _minDelay) * Random.Shared.NextDouble());
            await Task.Delay(delay, cancellationToken);
            await to.SendAsync(buffer.AsMemory(0, n), cancellationToken);
        }
    }

    private async Task ResetLaterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            if (Random.Shared.NextDouble() < _resetPerSecond)
            {
                Interlocked.Increment(ref _resets);
                return;
            }
        }
    }
}
