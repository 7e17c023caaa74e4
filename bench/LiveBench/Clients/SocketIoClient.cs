using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using StartupTerritoire.LiveBench.Net;

namespace StartupTerritoire.LiveBench.Clients;

/// <summary>
/// A hand-written Socket.IO 4 client (Engine.IO 4 over WebSockets, default namespace): connect, emit with or without
/// an acknowledgement, answer the server's pings.
/// </summary>
public sealed class SocketIoClient : IAsyncDisposable
{
    private readonly BenchSocket _socket = new();
    private readonly BroadcastHandler _onBroadcast;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<bool>> _acks = new();
    private readonly TaskCompletionSource<bool> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextAck;
    private int _errors;

    private SocketIoClient(BroadcastHandler onBroadcast) => _onBroadcast = onBroadcast;

    public long BytesReceived => _socket.BytesReceived;

    public long BytesSent => _socket.BytesSent;

    public int Errors => Volatile.Read(ref _errors);

    public static async Task<SocketIoClient> ConnectAsync(Uri baseAddress, BroadcastHandler onBroadcast, CancellationToken cancellationToken, Func<Task>? afterRead = null)
    {
        var client = new SocketIoClient(onBroadcast);
        var uri = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/socket.io/", Query = "EIO=4&transport=websocket" }.Uri;
        try
        {
            await client._socket.ConnectAsync(uri, cancellationToken);
            var open = await client._socket.ReceiveOneAsync(cancellationToken);
            if (open.Length == 0 || open[0] != (byte)'0')
            {
                throw new InvalidOperationException($"Unexpected Engine.IO open packet: {Encoding.UTF8.GetString(open)}");
            }

            client._socket.StartReceiving(client.OnData, client.OnClosed, afterRead);
            await client.SendTextAsync("40");
            await client._connected.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return client;
        }
        catch
        {
            await client._socket.DisposeAsync();
            throw;
        }
    }

    public async Task EmitWithAckAsync(string eventName, params string[] arguments)
    {
        var id = Interlocked.Increment(ref _nextAck);
        var ack = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _acks[id] = ack;
        await SendTextAsync("42" + id.ToString(CultureInfo.InvariantCulture) + Payload(eventName, arguments));
        await ack.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public Task EmitAsync(string eventName, params string[] arguments) => SendTextAsync("42" + Payload(eventName, arguments));

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    private static string Payload(string eventName, string[] arguments) =>
        JsonSerializer.Serialize((string[])[eventName, .. arguments]);

    private Task SendTextAsync(string packet) => _socket.SendAsync(Encoding.UTF8.GetBytes(packet), WebSocketMessageType.Text);

    // Engine.IO sends one packet per WebSocket message, so every call holds exactly one whole packet.
    private int OnData(ReadOnlyMemory<byte> data)
    {
        var packet = data.Span;
        if (packet.Length == 0)
        {
            return 0;
        }

        switch (packet[0])
        {
            case (byte)'2':
                _ = SendTextAsync("3");
                break;
            case (byte)'4' when packet.Length > 1:
                OnSocketIoPacket(packet[1..]);
                break;
        }

        return packet.Length;
    }

    private void OnSocketIoPacket(ReadOnlySpan<byte> packet)
    {
        switch (packet[0])
        {
            case (byte)'0':
                _connected.TrySetResult(true);
                break;
            case (byte)'2':
                _onBroadcast(packet);
                break;
            case (byte)'3':
                var end = packet.IndexOf((byte)'[');
                if (end > 1 && long.TryParse(packet[1..end], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _acks.TryRemove(id, out var ack))
                {
                    ack.TrySetResult(true);
                }

                break;
            case (byte)'4':
                Interlocked.Increment(ref _errors);
                _connected.TrySetException(new InvalidOperationException($"Socket.IO refused the connection: {Encoding.UTF8.GetString(packet)}"));
                break;
        }
    }

    private void OnClosed(Exception? failure)
    {
        if (failure is not null)
        {
            Interlocked.Increment(ref _errors);
        }

        _connected.TrySetException(new InvalidOperationException("The connection closed."));
        foreach (var ack in _acks.Values)
        {
            ack.TrySetException(new InvalidOperationException("The connection closed."));
        }
    }
}
