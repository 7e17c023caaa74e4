using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// One hub command sent with a token over the SignalR JSON protocol (docs/protocol.md §6), on a WebSocket of its own:
/// what the animator does from another device, for what the console shows no button for (a round's length).
/// </summary>
public static class HubCommand
{
    private const char RecordSeparator = '\u001e';

    /// <summary>Invokes <paramref name="target"/> and returns its result; a refusal throws with the server's error.</summary>
    public static async Task<JsonElement> InvokeAsync(ServerProcess server, string token, string target, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var timeout = new CancellationTokenSource(LiveSteps.Patience);
        using var socket = new ClientWebSocket();
        var url = new UriBuilder(new Uri(server.BaseAddress, $"/hubs/workshop?access_token={Uri.EscapeDataString(token)}")) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(url, timeout.Token);
        var pending = new Received(new StringBuilder(), Encoding.UTF8.GetDecoder());
        await SendAsync(socket, """{"protocol":"json","version":1}""", timeout.Token);
        var handshake = await ReceiveAsync(socket, pending, timeout.Token);
        if (handshake != "{}")
        {
            throw new InvalidOperationException($"The hub refused the handshake: {handshake}");
        }

        var invocation = JsonSerializer.Serialize(new { type = 1, invocationId = "1", target, arguments });
        await SendAsync(socket, invocation, timeout.Token);
        while (true)
        {
            var record = await ReceiveAsync(socket, pending, timeout.Token)
                ?? throw new InvalidOperationException($"The hub closed the connection before answering {target}.");
            using var message = JsonDocument.Parse(record);
            var root = message.RootElement;
            if (root.GetProperty("type").GetInt32() != 3 || root.GetProperty("invocationId").GetString() != "1")
            {
                continue;
            }

            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            return root.TryGetProperty("error", out var error)
                ? throw new InvalidOperationException($"{target} was refused: {error.GetString()}")
                : root.TryGetProperty("result", out var result) ? result.Clone() : default;
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string json, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The next record, without its separator; null once the server closed the socket.</summary>
    private static async Task<string?> ReceiveAsync(ClientWebSocket socket, Received pending, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        while (true)
        {
            var text = pending.Text.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Text.Remove(0, end + 1);
                return text[..end];
            }

            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            // A character may be split between two frames: the decoder keeps its first bytes for the next one.
            var count = pending.Decoder.GetChars(buffer, 0, received.Count, chars, 0);
            pending.Text.Append(chars, 0, count);
        }
    }

    private sealed record Received(StringBuilder Text, Decoder Decoder);
}
