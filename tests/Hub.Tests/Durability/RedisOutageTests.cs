using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Durability;

/// <summary>
/// Redis goes away under a running node: writes fail fast with the typed "saving paused" error, readiness says not
/// ready, and once Redis is back the same writes succeed, once.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisOutageTests(RedisServerFixture redis)
{
    private static readonly TimeSpan s_failFast = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task WritesFailFastWithStoreUnavailableWhileRedisIsDownAndSucceedOnceItIsBack()
    {
        // The connection string an operator would write: no timeouts of its own, the server's defaults apply.
        await using var node = await HubProcess.StartRedisAsync($"127.0.0.1:{redis.Port}");
        using var http = node.CreateClient();
        var sessions = new SessionClient(http);
        var session = await sessions.CreateAsync();
        var joined = await sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(node.BaseAddress, session.AnimatorToken, Protocol.MessagePack);
        await using var phone = await LiveClient.ConnectAsync(node.BaseAddress, joined.Token, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        await phone.InvokeAsync("AddNote", "n-before", "w-acceleration", "question", "Avant la panne", null);

        // A link made before the outage but never used: checking its token needs the store.
        var board = await sessions.BoardLinkAsync(session);

        await redis.KillAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            Assert.Equal("store.unavailable", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("AddNote", "n-during", "w-acceleration", "question", "Pendant la panne", null)));
            Assert.True(clock.Elapsed <= s_failFast, $"the note was refused after {clock.Elapsed.TotalMilliseconds:F0} ms");

            clock.Restart();
            var join = await http.PostAsJsonAsync($"/api/join/{session.JoinCode}", new JoinRequest("Paul", null)).DefaultTimeout();
            Assert.True(clock.Elapsed <= s_failFast, $"the join was refused after {clock.Elapsed.TotalMilliseconds:F0} ms");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, join.StatusCode);
            Assert.Equal("store.unavailable", (await join.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);

            // The token check itself answers the typed 503, so the board waits instead of taking its link for revoked.
            using var snapshot = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.SessionId}/snapshot");
            snapshot.Headers.Authorization = new("Bearer", board.Token);
            var refused = await http.SendAsync(snapshot).DefaultTimeout();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("store.unavailable", (await refused.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
            Assert.NotNull(refused.Headers.RetryAfter);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/readyz").DefaultTimeout()).StatusCode);
        }
        finally
        {
            await redis.StartAsync();
        }

        // Redis is back (it reloaded its AOF): the phone's outbox sends the same note again, and it is stored once.
        await Eventually.TrueAsync(async () => (await http.GetAsync("/readyz").DefaultTimeout()).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(20), "ready again");
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await phone.InvokeAsync("AddNote", "n-during", "w-acceleration", "question", "Pendant la panne", null);
                return true;
            }
            catch (Microsoft.AspNetCore.SignalR.HubException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20), "the note is saved once Redis is back");
        await phone.InvokeAsync("AddNote", "n-during", "w-acceleration", "question", "Pendant la panne", null);

        var notes = Wire.List((await animator.SyncAsync(0)).Snapshot, "notes").Select(n => Wire.Text(n, "id")).ToList();
        Assert.Equal(["n-before", "n-during"], notes.Order());
        Assert.Equal(HttpStatusCode.OK, (await sessions.Http.PostAsJsonAsync($"/api/join/{session.JoinCode}", new JoinRequest("Paul", null)).DefaultTimeout()).StatusCode);
    }
}
