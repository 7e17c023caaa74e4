using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace StartupTerritoire.LiveBench.Net;

/// <summary>
/// One client WebSocket: serialised sends, a receive loop that hands over whole frames' bytes (with what an earlier
/// frame left unfinished), and byte counters for the protocol comparison.
/// </summary>
public sealed class BenchSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private long _bytesReceived;
    private long _bytesSent;
    private HttpMessageInvoker? _invoker;

    public BenchSocket()
    {
        // Keep-alive is the protocols' business (SignalR pings, Engine.IO pongs), as in the official clients.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken) =>
        await _socket.ConnectAsync(uri, cancellationToken);

    /// <summary>
    /// Connects from the loopback address <paramref name="local"/> (any of 127.0.0.0/8 on Linux), so the server sees
    /// clients of many addresses as it would on a network.
    /// </summary>
    public async Task ConnectFromAsync(Uri uri, IPAddress local, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        // The invoker holds the connection pool the upgraded connection came from: it lives as long as the socket.
        _invoker = new HttpMessageInvoker(handler);
        await _socket.ConnectAsync(uri, _invoker, cancellationToken);
    }

    /// <summary>
    /// Starts reading; <paramref name="onData"/> gets the bytes at the end of each WebSocket message (with what it left
    /// of earlier ones) and returns how many it used; the rest waits for more.
    /// </summary>
    public void StartReceiving(Func<ReadOnlyMemory<byte>, int> onData, Action<Exception?> onClosed, Func<Task>? afterRead = null) =>
        _receiving = Task.Run(() => ReceiveLoopAsync(onData, onClosed, afterRead));

    /// <summary>Reads one whole message before the receive loop starts (the handshake answer).</summary>
    public async Task<byte[]> ReceiveOneAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(512), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The server closed the connection during the handshake.");
            }

            buffer.Advance(result.Count);
            Interlocked.Add(ref _bytesReceived, result.Count);
            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> data, WebSocketMessageType type, CancellationToken cancellationToken = default)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(data, type, endOfMessage: true, cancellationToken);
            Interlocked.Add(ref _bytesSent, data.Length);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Closing is best effort: the server may already be gone.
            }
        }

        _socket.Abort();
        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The loop ends by cancellation or abort; both are expected here.
        }

        _socket.Dispose();
        _invoker?.Dispose();
        _sendLock.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync(Func<ReadOnlyMemory<byte>, int> onData, Action<Exception?> onClosed, Func<Task>? afterRead)
    {
        var buffer = new byte[4096];
        var filled = 0;
        Exception? failure = null;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var result = await _socket.ReceiveAsync(buffer.AsMemory(filled), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                Interlocked.Add(ref _bytesReceived, result.Count);
                filled += result.Count;
                if (afterRead is not null)
                {
                    await afterRead();
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                var used = onData(buffer.AsMemory(0, filled));
                if (used > 0)
                {
                    buffer.AsSpan(used, filled - used).CopyTo(buffer);
                    filled -= used;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
        catch (WebSocketException e)
        {
            failure = e;
        }

        onClosed(failure);
    }
}
