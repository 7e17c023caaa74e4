using System.Net;
using System.Net.WebSockets;
using System.Text;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>
/// Raw WebSocket clients send malformed, oversized and unknown frames to the real server while honest phones post
/// notes: the attackers are closed or refused, every honest note is stored once, and the server keeps serving.
/// </summary>
public sealed class RawFrameTests : IAsyncLifetime
{
    private const int HonestPhones = 3;
    private const int NotesEach = 15;
    private readonly string _folder = HubProcess.NewDataFolder();
    private HubProcess _node = null!;

    public async Task InitializeAsync() => _node = await HubProcess.StartSqliteAsync(_folder);

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AttackersAreClosedOrRefusedWhileHonestPhonesKeepWorking()
    {
        var sessions = new SessionClient(_node.CreateClient());
        var session = await sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(_node.BaseAddress, session.AnimatorToken, Protocol.MessagePack);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var attackerToken = (await sessions.JoinAsync(session.JoinCode, "Pirate")).Token;
        var flooderToken = (await sessions.JoinAsync(session.JoinCode, "Déluge")).Token;
        var phones = new List<LiveClient>();
        for (var p = 0; p < HonestPhones; p++)
        {
            phones.Add(await LiveClient.ConnectAsync(_node.BaseAddress, (await sessions.JoinAsync(session.JoinCode, $"Honnête {p}")).Token, p % 2 == 0 ? Protocol.Json : Protocol.MessagePack));
        }

        try
        {
            var honest = Task.WhenAll(phones.Select((phone, p) => Task.Run(async () =>
            {
                for (var i = 0; i < NotesEach; i++)
                {
                    await phone.InvokeAsync("AddNote", $"n-{p}-{i}", "w-acceleration", "question", $"Question {p}.{i}", null);
                }
            })));

            await Task.WhenAll(
                ClosedAfterAsync("binary handshake", attackerToken, handshake: false, s => s.SendAsync([0x00, 0xFF, 0x13, 0x37, 0x1E], WebSocketMessageType.Binary)),
                ClosedAfterAsync("HTTP as handshake", attackerToken, handshake: false, s => s.SendAsync("GET / HTTP/1.1\r\n\r\n" + RawHubSocket.RecordSeparator)),
                ClosedAfterAsync("broken JSON", attackerToken, handshake: true, s => s.SendAsync("{\"type\":1,\"target\":\"AddNote\",\"arguments\":[" + RawHubSocket.RecordSeparator)),
                ClosedAfterAsync("deep nesting", attackerToken, handshake: true, s => s.SendAsync(new string('[', 5000) + RawHubSocket.RecordSeparator)),
                ClosedAfterAsync("oversized frame", attackerToken, handshake: true, s => s.SendAsync("{\"type\":1,\"target\":\"AddNote\",\"arguments\":[\"" + new string('x', 100_000) + "\"]}" + RawHubSocket.RecordSeparator)),
                RefusedButOpenAsync(attackerToken),
                FloodedAsync(flooderToken),
                NoTokenRefusedAsync());

            await honest.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }

        // Every honest note once, none of the attackers' writes, and the server still answers a newcomer.
        var notes = Wire.List((await animator.SyncAsync(0)).Snapshot, "notes").Select(n => Wire.Text(n, "id")).ToList();
        Assert.Equal(HonestPhones * NotesEach, notes.Count);
        Assert.Equal(notes.Count, notes.Distinct().Count());
        using var http = _node.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz").DefaultTimeout()).StatusCode);
        await using var newcomer = await LiveClient.ConnectAsync(_node.BaseAddress, (await sessions.JoinAsync(session.JoinCode, "Tard")).Token, Protocol.Json);
        Assert.True((await newcomer.SyncAsync(0)).Version > 0);
    }

    private async Task ClosedAfterAsync(string name, string token, bool handshake, Func<RawHubSocket, Task> attack)
    {
        await using var socket = await RawHubSocket.ConnectAsync(_node.BaseAddress, token);
        if (handshake)
        {
            await socket.HandshakeAsync();
        }

        try
        {
            await attack(socket);
        }
        catch (WebSocketException)
        {
            // The server may close while a large frame is still being sent.
        }

        Assert.True(await socket.ClosedByServerAsync(), $"the server closed the connection after the {name}");
    }

    private async Task RefusedButOpenAsync(string token)
    {
        await using var socket = await RawHubSocket.ConnectAsync(_node.BaseAddress, token);
        await socket.HandshakeAsync();

        await socket.InvokeAsync("1", "NoSuchMethod", "[]");
        Assert.Contains("\"error\"", await socket.CompletionAsync("1"), StringComparison.Ordinal);
        await socket.InvokeAsync("2", "AddNote", "[1, true, {\"a\": null}]");
        Assert.Contains("\"error\"", await socket.CompletionAsync("2"), StringComparison.Ordinal);
        await socket.InvokeAsync("3", "AddNote", "[\"n-pirate\", \"w-acceleration\", \"question\", \"" + new string('y', 800) + "\", null]");
        Assert.Contains("note.too_long", await socket.CompletionAsync("3"), StringComparison.Ordinal);

        // Refused calls leave the connection usable.
        await socket.InvokeAsync("4", "ServerTime", "[]");
        Assert.Contains("\"result\"", await socket.CompletionAsync("4"), StringComparison.Ordinal);
    }

    private async Task FloodedAsync(string token)
    {
        await using var socket = await RawHubSocket.ConnectAsync(_node.BaseAddress, token);
        await socket.HandshakeAsync();
        var flood = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            flood.Append($$"""{"type":1,"invocationId":"f{{i}}","target":"ServerTime","arguments":[]}""").Append(RawHubSocket.RecordSeparator);
        }

        await socket.SendAsync(flood.ToString());
        var limited = 0;
        for (var i = 0; i < 400; i++)
        {
            var completion = await socket.CompletionAsync($"f{i}");
            Assert.NotNull(completion);
            limited += completion.Contains("rate.limited", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(limited >= 200, $"only {limited} of 400 flooding calls were refused");
    }

    private async Task NoTokenRefusedAsync()
    {
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => RawHubSocket.ConnectAsync(_node.BaseAddress, null));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }
}
