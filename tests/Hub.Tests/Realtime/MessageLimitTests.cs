using Microsoft.AspNetCore.SignalR.Client;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Realtime;

public sealed class MessageLimitTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task MessageOverTheLimitClosesOnlyThatConnectionAndStoresNothing(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var flooder = await _sessions.JoinAsync(session.JoinCode, "Gros");
        var honest = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);
        await using var bad = await LiveClient.ConnectAsync(app.Server, flooder.Token, protocol);
        await using var good = await LiveClient.ConnectAsync(app.Server, honest.Token, protocol);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var before = (await animator.SyncAsync(0)).Version;
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bad.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        var oversized = bad.InvokeAsync("AddNote", "n-huge", "w-acceleration", "question", new string('x', 40 * 1024), null);
        await Assert.ThrowsAnyAsync<Exception>(() => oversized);
        await closed.Task.DefaultTimeout();

        Assert.Equal(HubConnectionState.Connected, good.Connection.State);
        var seq = await good.InvokeAsync("AddNote", "n-ok", "w-acceleration", "question", "Toujours là ?", null);
        Assert.Equal(before + 1, seq);
        await using var back = await LiveClient.ConnectAsync(app.Server, flooder.Token, protocol);
        Assert.Equal(seq, (await back.SyncAsync(0)).Version);
    }
}
