using System.Net.WebSockets;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.Server.Tests.Telemetry;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>
/// A client that keeps breaking its live connections with garbage is admitted one connection per penalty, and refused
/// at once when it piles up more; honest phones of the same soirée, from the same address, connect as before.
/// </summary>
public sealed class ProtocolStrikeTests : IAsyncLifetime
{
    // Long enough that "still waiting after the client's 5 s connect timeout" can only mean "held back".
    private const string Penalty = "00:01:00";
    private readonly string _folder = HubProcess.NewDataFolder();
    private HubProcess _node = null!;

    public async Task InitializeAsync() => _node = await HubProcess.StartSqliteAsync(
        _folder, "--Workshop:ProtocolStrikesPerCaller", "2", "--Workshop:ProtocolStrikePenalty", Penalty);

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AClientThatKeepsSendingGarbageIsHeldBackWhileHonestPhonesConnect()
    {
        var sessions = new SessionClient(_node.CreateClient());
        var session = await sessions.CreateAsync();
        var attacker = (await sessions.JoinAsync(session.JoinCode, "Pirate")).Token;
        await BreakThreeWaysAsync(attacker);

        // Penalised: one connection may go through per penalty; the next waits past the client's patience.
        var held = false;
        for (var attempt = 0; attempt < 3 && !held; attempt++)
        {
            try
            {
                await using var socket = await RawHubSocket.ConnectAsync(_node.BaseAddress, attacker);
            }
            catch (OperationCanceledException)
            {
                held = true;
            }
        }

        Assert.True(held, "a client that broke three connections was not held back");

        // More waiting connections than the queue holds: the rest are refused at once with Retry-After.
        var piled = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await using var socket = await RawHubSocket.ConnectAsync(_node.BaseAddress, attacker);
                return "connected";
            }
            catch (OperationCanceledException)
            {
                return "held";
            }
            catch (WebSocketException e) when (e.Message.Contains("429", StringComparison.Ordinal))
            {
                return "refused";
            }
        }));
        Assert.Contains("refused", piled);
        Assert.DoesNotContain("connected", piled);

        // Same address, same soirée, clean record: straight in, and working.
        await using var honest = await LiveClient.ConnectAsync(_node.BaseAddress, (await sessions.JoinAsync(session.JoinCode, "Honnête")).Token, Protocol.Json);
        Assert.True((await honest.SyncAsync(0)).Version > 0);
    }

    [Fact]
    public async Task OperatorsSeeEachConnectionBrokenByAFrameOrAHandshakeCounted()
    {
        var sessions = new SessionClient(_node.CreateClient());
        var session = await sessions.CreateAsync();
        await BreakThreeWaysAsync((await sessions.JoinAsync(session.JoinCode, "Pirate")).Token);

        // The server counts a strike once the connection is over on its side, a moment after the client saw it close.
        using var http = _node.CreateClient();
        PrometheusText metrics = null!;
        await Eventually.TrueAsync(async () =>
        {
            metrics = new PrometheusText(await http.GetStringAsync("/metrics"));
            return metrics.Sum("workshop_protocol_strikes_total", ("kind", "frame")) >= 2
                && metrics.Sum("workshop_protocol_strikes_total", ("kind", "handshake")) >= 1;
        }, TimeSpan.FromSeconds(10), "the broken connections were never counted");

        Assert.Equal(2, metrics.Sum("workshop_protocol_strikes_total", ("kind", "frame")));
        Assert.Equal(1, metrics.Sum("workshop_protocol_strikes_total", ("kind", "handshake")));
    }

    // Three connections broken by the client: a malformed frame, an oversized one (two frame strikes), and a handshake in
    // garbage (a handshake strike).
    private async Task BreakThreeWaysAsync(string token)
    {
        await BreakAsync(token, handshake: true, "{\"type\":1,\"target\":" + RawHubSocket.RecordSeparator);
        await BreakAsync(token, handshake: true, "[\"" + new string('x', 64 * 1024) + "\"]" + RawHubSocket.RecordSeparator);
        await BreakAsync(token, handshake: false, "GET / HTTP/1.1" + RawHubSocket.RecordSeparator);
    }

    private async Task BreakAsync(string token, bool handshake, string frame)
    {
        await using var socket = await RawHubSocket.ConnectAsync(_node.BaseAddress, token);
        if (handshake)
        {
            await socket.HandshakeAsync();
        }

        try
        {
            await socket.SendAsync(frame);
        }
        catch (WebSocketException)
        {
            // Closed while the frame was still going out.
        }

        Assert.True(await socket.ClosedByServerAsync());
    }
}
