using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using StartupTerritoire.LiveBench.Net;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Clients;

/// <summary>
/// A hand-written SignalR client over WebSockets without negotiation, so one generator drives every server with the
/// same client-side cost. It completes invocations, answers nothing else, and pings every 10 s like the official ones.
/// </summary>
public sealed class SignalRClient : IHubMessageSink, IAsyncDisposable
{
    private static readonly ConcurrentDictionary<SignalRClient, byte> Open = new();
    private static readonly Timer KeepAlive = new(_ => PingAll(), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

    private readonly BenchSocket _socket = new();
    private readonly IHubCodec _codec;
    private readonly BroadcastHandler _onBroadcast;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<byte[]>> _pending = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextId;
    private int _errors;

    private SignalRClient(IHubCodec codec, BroadcastHandler onBroadcast)
    {
        _codec = codec;
        _onBroadcast = onBroadcast;
    }

    public long BytesReceived => _socket.BytesReceived;

    public long BytesSent => _socket.BytesSent;

    public int Errors => Volatile.Read(ref _errors);

    public string? LastError { get; private set; }

    /// <summary>Completes when the connection is gone (closed by either side, or broken).</summary>
    public Task Closed => _closed.Task;

    public static async Task<SignalRClient> ConnectAsync(Uri webSocketUri, IHubCodec codec, BroadcastHandler onBroadcast, CancellationToken cancellationToken, Func<Task>? afterRead = null)
    {
        var client = new SignalRClient(codec, onBroadcast);
        try
        {
            await client._socket.ConnectAsync(webSocketUri, cancellationToken);
            await client._socket.SendAsync(HandshakeRequest.For(codec.Name), codec.MessageType, cancellationToken);
            var answer = await client._socket.ReceiveOneAsync(cancellationToken);
            var end = Array.IndexOf(answer, HandshakeRequest.RecordSeparator);
            if (end < 0 || answer.AsSpan(0, end).IndexOf("error"u8) >= 0)
            {
                throw new InvalidOperationException($"Handshake refused: {Encoding.UTF8.GetString(answer)}");
            }

            // The handshake answer may share its frame with the first messages.
            if (end + 1 < answer.Length)
            {
                codec.Parse(answer.AsSpan(end + 1), client);
            }

            client._socket.StartReceiving(client.OnData, client.OnClosed, afterRead);
            Open[client] = 0;
            return client;
        }
        catch
        {
            await client._socket.DisposeAsync();
            throw;
        }
    }

    /// <summary>Invokes and waits for the completion; a hub error becomes an exception.</summary>
    public async Task InvokeAsync(string target, params object?[] arguments)
    {
        try
        {
            await InvokeForCompletionAsync(target, TimeSpan.FromSeconds(30), arguments);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{target} failed: {e.Message}", e);
        }
    }

    /// <summary>Invokes and returns the completion message as it arrived (the caller reads its result); errors throw.</summary>
    public async Task<byte[]> InvokeForCompletionAsync(string target, TimeSpan timeout, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        try
        {
            await WriteAsync(id, target, arguments);
            return await completion.Task.WaitAsync(timeout);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Invokes with an id (so the server acknowledges) without waiting; a refusal is counted in <see cref="Errors"/>.</summary>
    public Task SendAsync(string target, params object?[] arguments) =>
        WriteAsync(Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture), target, arguments);

    public void OnInvocation(ReadOnlySpan<byte> raw) => _onBroadcast(raw);

    public void OnCompletion(string invocationId, string? error, ReadOnlySpan<byte> message)
    {
        if (_pending.TryRemove(invocationId, out var waiting))
        {
            if (error is null)
            {
                waiting.TrySetResult(message.ToArray());
            }
            else
            {
                waiting.TrySetException(new InvalidOperationException(error));
            }
        }
        else if (error is not null)
        {
            LastError = error;
            Interlocked.Increment(ref _errors);
        }
    }

    public void OnClose(string? error)
    {
        if (error is not null)
        {
            LastError = error;
            Interlocked.Increment(ref _errors);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Open.TryRemove(this, out _);
        await _socket.DisposeAsync();
    }

    private static void PingAll()
    {
        foreach (var client in Open.Keys)
        {
            var ping = new ArrayBufferWriter<byte>(8);
            client._codec.WritePing(ping);
            _ = client._socket.SendAsync(ping.WrittenMemory, client._codec.MessageType).ContinueWith(
                static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    private Task WriteAsync(string? id, string target, object?[] arguments)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        _codec.WriteInvocation(buffer, id, target, arguments);
        return _socket.SendAsync(buffer.WrittenMemory, _codec.MessageType);
    }

    private int OnData(ReadOnlyMemory<byte> data) => _codec.Parse(data.Span, this);

    private void OnClosed(Exception? failure)
    {
        Open.TryRemove(this, out _);
        foreach (var waiting in _pending.Values)
        {
            waiting.TrySetException(new InvalidOperationException("connection closed"));
        }

        _closed.TrySetResult();

        if (failure is not null)
        {
            LastError = failure.Message;
            Interlocked.Increment(ref _errors);
        }
    }
}
