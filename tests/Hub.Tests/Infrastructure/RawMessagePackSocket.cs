using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using MessagePack;
using MessagePack.Resolvers;
using Microsoft.AspNetCore.TestHost;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// A WebSocket to the hub that speaks the SignalR MessagePack protocol by hand (a JSON handshake, then binary messages,
/// each a MessagePack array behind a variable-length size), so a test can send invocations no client library would:
/// unknown methods, wrong argument counts and types, stream invocations.
/// </summary>
public sealed class RawMessagePackSocket : IAsyncDisposable
{
    private const int InvocationType = 1;
    private const int CompletionType = 3;
    private const int ErrorResult = 1;
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(5);
    private static readonly MessagePackSerializerOptions s_options = ContractlessStandardResolver.Options;
    private readonly WebSocket _socket;
    private readonly List<byte> _pending = [];

    private RawMessagePackSocket(WebSocket socket)
    {
        _socket = socket;
    }

    /// <summary>A socket to the in-process test server.</summary>
    public static async Task<RawMessagePackSocket> ConnectAsync(TestServer server, string token) =>
        new(await RawHubSocket.ConnectWebSocketAsync(server, token));

    /// <summary>Sends the handshake (JSON, as in every protocol) and waits for the server's empty answer.</summary>
    public async Task HandshakeAsync()
    {
        await SendAsync(Encoding.UTF8.GetBytes("""{"protocol":"messagepack","version":1}""" + RawHubSocket.RecordSeparator), WebSocketMessageType.Text);
        while (!_pending.Contains((byte)RawHubSocket.RecordSeparator))
        {
            if (!await ReceiveAsync())
            {
                throw new InvalidOperationException("The server closed the connection during the handshake.");
            }
        }

        var answer = Encoding.UTF8.GetString([.. _pending.Take(_pending.IndexOf((byte)RawHubSocket.RecordSeparator))]);
        _pending.RemoveRange(0, answer.Length + 1);
        if (answer != "{}")
        {
            throw new InvalidOperationException($"Handshake refused: {answer}");
        }
    }

    /// <summary>Sends an invocation (type 1) or a stream invocation (type 4) with these arguments, written as given.</summary>
    public Task InvokeAsync(string invocationId, string target, object?[] arguments, int type = InvocationType)
    {
        var body = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(body);
        writer.WriteArrayHeader(6);
        writer.Write(type);
        writer.WriteMapHeader(0);
        writer.Write(invocationId);
        writer.Write(target);
        MessagePackSerializer.Serialize(ref writer, arguments, s_options);
        writer.WriteArrayHeader(0);
        writer.Flush();

        var frame = new List<byte>();
        for (var length = (uint)body.WrittenCount; ; length >>= 7)
        {
            frame.Add((byte)(length < 0x80 ? length : (length & 0x7F) | 0x80));
            if (length < 0x80)
            {
                break;
            }
        }

        frame.AddRange(body.WrittenSpan.ToArray());
        return SendAsync([.. frame], WebSocketMessageType.Binary);
    }

    /// <summary>
    /// Reads until the completion of <paramref name="invocationId"/> (skipping pings and events): its error, or null
    /// when it brought a result. Throws when the server closed the connection instead.
    /// </summary>
    public async Task<string?> CompletionErrorAsync(string invocationId)
    {
        while (true)
        {
            while (TryTakeMessage() is { } message)
            {
                if (message is object?[] { Length: >= 4 } m && Convert.ToInt32(m[0], null) == CompletionType && (string?)m[2] == invocationId)
                {
                    return Convert.ToInt32(m[3], null) == ErrorResult ? (string?)m[4] : null;
                }
            }

            if (!await ReceiveAsync())
            {
                throw new InvalidOperationException($"The server closed the connection before completing invocation {invocationId}.");
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(s_wait);
        await _socket.SendAsync(bytes, type, endOfMessage: true, timeout.Token);
    }

    private async Task<bool> ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(s_wait);
        var result = await _socket.ReceiveAsync(buffer, timeout.Token);
        if (result.MessageType == WebSocketMessageType.Close)
        {
            return false;
        }

        _pending.AddRange(buffer.AsSpan(0, result.Count).ToArray());
        return true;
    }

    // One whole message from what was received, or null when it has not all arrived yet.
    private object? TryTakeMessage()
    {
        var length = 0;
        var prefix = 0;
        while (true)
        {
            if (prefix >= _pending.Count)
            {
                return null;
            }

            var b = _pending[prefix];
            length |= (b & 0x7F) << (7 * prefix);
            prefix++;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        if (_pending.Count < prefix + length)
        {
            return null;
        }

        var bytes = _pending.GetRange(prefix, length).ToArray();
        _pending.RemoveRange(0, prefix + length);
        return MessagePackSerializer.Deserialize<object>(bytes, s_options);
    }
}
