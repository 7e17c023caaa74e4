using System.Buffers;
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
