using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.TestHost;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// A WebSocket to the hub that speaks the SignalR JSON protocol by hand (records ended by 0x1E), so a test can send
/// what no well-behaved client would: garbage, broken JSON, huge frames, unknown methods.
/// </summary>
public sealed class RawHubSocket : IAsyncDisposable
{
    public const char RecordSeparator = '\u001e';
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(5);
    private readonly WebSocket _socket;
    private readonly StringBuilder _pending = new();

    private RawHubSocket(WebSocket socket)
    {
        _socket = socket;
    }

    public WebSocketState State => _socket.State;

    public static async Task<RawHubSocket> ConnectAsync(Uri baseAddress, string? token)
    {
        var socket = new ClientWebSocket();
        var query = token is null ? string.Empty : $"?access_token={Uri.EscapeDataString(token)}";
        var url = new UriBuilder(new Uri(baseAddress, "/hubs/workshop" + query)) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(s_wait);
        await socket.ConnectAsync(url, timeout.Token);
        return new RawHubSocket(socket);
    }

    /// <summary>A socket to the in-process test server.</summary>
    public static async Task<RawHubSocket> ConnectAsync(TestServer server, string token) =>
        new(await ConnectWebSocketAsync(server, token));

    /// <summary>A WebSocket to the in-process test server's hub, with the token as a bearer header.</summary>
    public static async Task<WebSocket> ConnectWebSocketAsync(TestServer server, string token)
    {
        ArgumentNullException.ThrowIfNull(server);
        var client = server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
        using var timeout = new CancellationTokenSource(s_wait);
        return await client.ConnectAsync(new UriBuilder(new Uri(server.BaseAddress, "/hubs/workshop")) { Scheme = "ws" }.Uri, timeout.Token);
    }

    /// <summary>Sends the JSON handshake and waits for the server's empty answer.</summary>
    public async Task HandshakeAsync()
    {
        await SendAsync("""{"protocol":"json","version":1}""" + RecordSeparator);
        var answer = await ReceiveRecordAsync();
        if (answer != "{}")
        {
            throw new InvalidOperationException($"Handshake refused: {answer}");
        }
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(s_wait);
        await _socket.SendAsync(bytes, type, endOfMessage: true, timeout.Token);
    }

    /// <summary>Sends an invocation that expects a completion.</summary>
    public Task InvokeAsync(string invocationId, string target, string argumentsJson) =>
        SendAsync($$"""{"type":1,"invocationId":"{{invocationId}}","target":"{{target}}","arguments":{{argumentsJson}}}""" + RecordSeparator);

    /// <summary>The next record from the server, without its separator; null once the server closed the socket.</summary>
    public async Task<string?> ReceiveRecordAsync()
    {
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(s_wait);
        while (true)
        {
            var text = _pending.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                _pending.Remove(0, end + 1);
                return text[..end];
            }

            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    /// <summary>Reads until the completion of <paramref name="invocationId"/> (skipping pings and events); null when closed.</summary>
    public async Task<string?> CompletionAsync(string invocationId)
    {
        while (await ReceiveRecordAsync() is { } record)
        {
            if (record.Contains("\"type\":3", StringComparison.Ordinal) && record.Contains($"\"invocationId\":\"{invocationId}\"", StringComparison.Ordinal))
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>True once the server has closed the socket (reading whatever it still sends).</summary>
    public async Task<bool> ClosedByServerAsync()
    {
        try
        {
            while (await ReceiveRecordAsync() is not null)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
