using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// The nudge itself, on one in-process node: it reaches the soirée's connections on this node with the stored version,
/// a client behind it catches up from its last event, and operators can count it.
/// </summary>
public sealed class ResyncNudgeTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task NudgeReachesTheSoireesConnectionsHereWithItsVersionAndIsCounted(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var other = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        var board = await _sessions.BoardLinkAsync(session);
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);
        await using var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, protocol);
        await using var screen = await LiveClient.ConnectAsync(app.Server, board.Token, protocol);
        await using var elsewhere = await LiveClient.ConnectAsync(app.Server, other.AnimatorToken, protocol);
        foreach (var client in new[] { phone, screen, elsewhere })
        {
            await client.SyncAsync(0);
            client.FollowResyncNudges();
        }

        // The phone falls behind without knowing it: the batch it would have had is taken off its connection.
        phone.Connection.Remove(nameof(IWorkshopClient.Events));
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var last = await animator.InvokeAsync("AddNote", "n-1", "w-acceleration", "question", "Pendant la coupure", null);
        await screen.WaitForSeqAsync(last);
        Assert.True(phone.LastSeq < last);

        var counter = app.Services.GetRequiredService<ResyncCounter>();
        var (recoveries, nudges) = (counter.Recoveries, counter.Nudges);
        var versions = await app.Services.GetRequiredService<ResyncNudger>().NudgeLocalAsync([session.SessionId], CancellationToken.None).DefaultTimeout();

        Assert.Equal(last, versions[session.SessionId]);
        await phone.WaitForSeqAsync(last);
        await Eventually.TrueAsync(() => Task.FromResult(screen.Nudges == 1), TimeSpan.FromSeconds(5), "the board is nudged");
        Assert.Equal(1, phone.NudgedSyncs);
        Assert.Equal(0, screen.NudgedSyncs);
        Assert.Equal(0, elsewhere.Nudges);
        Assert.Equal(recoveries + 1, counter.Recoveries);
        Assert.Equal(nudges + 3, counter.Nudges);
        phone.AssertNoResyncFailure();
    }

    [Fact]
    public async Task ConnectionsLeaveTheNodesListWhenTheyClose()
    {
        var session = await _sessions.CreateAsync();
        var local = app.Services.GetRequiredService<LocalConnections>();
        var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        Assert.Single(local.Of(session.SessionId));
        Assert.Contains(session.SessionId, local.Sessions);

        await animator.DisposeAsync();
        await Eventually.TrueAsync(() => Task.FromResult(local.Of(session.SessionId).Count == 0), TimeSpan.FromSeconds(5), "the closed connection is forgotten");
        Assert.DoesNotContain(session.SessionId, local.Sessions);
    }
}
