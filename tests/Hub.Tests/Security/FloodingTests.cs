using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>A participant flooding the hub is refused with a typed error; the others carry on.</summary>
public sealed class FloodingTests
{
    [Fact]
    public async Task AFloodOfInvocationsIsRefusedWithRateLimitedWhileAnotherParticipantIsServed()
    {
        await using var app = new LimitedApplication();
        var sessions = new SessionClient(app.CreateClient());
        var session = await sessions.CreateAsync();
        await using var flooder = await LiveClient.ConnectAsync(app.Server, (await sessions.JoinAsync(session.JoinCode, "Flot")).Token, Protocol.Json);
        await using var neighbour = await LiveClient.ConnectAsync(app.Server, (await sessions.JoinAsync(session.JoinCode, "Voisine")).Token, Protocol.MessagePack);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, LimitedApplication.CallBurst * 3).Select(async _ =>
        {
            try
            {
                await flooder.Connection.InvokeAsync<long>("ServerTime").DefaultTimeout();
                return "ok";
            }
            catch (HubException ex)
            {
                return HubErrors.Code(ex);
            }
        }));

        Assert.InRange(outcomes.Count(o => o == "ok"), LimitedApplication.CallBurst, LimitedApplication.CallBurst + 5);
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal("rate.limited", o));
        var error = await Assert.ThrowsAsync<HubException>(() => flooder.Connection.InvokeAsync<long>("ServerTime").DefaultTimeout());
        Assert.Matches(@"rate\.limited: .*try again in \d+ s", error.Message);

        // Refused, not cut off: the connection stays up, and the neighbour is untouched.
        Assert.Equal(HubConnectionState.Connected, flooder.Connection.State);
        Assert.True(await neighbour.Connection.InvokeAsync<long>("ServerTime").DefaultTimeout() > 0);
    }

    [Fact]
    public async Task NotesOverTheBudgetAreRefusedAndNothingIsStoredWhileOthersStillPost()
    {
        await using var app = new LimitedApplication();
        var sessions = new SessionClient(app.CreateClient());
        var session = await sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await using var writer = await LiveClient.ConnectAsync(app.Server, (await sessions.JoinAsync(session.JoinCode, "Rapide")).Token, Protocol.Json);
        await using var other = await LiveClient.ConnectAsync(app.Server, (await sessions.JoinAsync(session.JoinCode, "Posée")).Token, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-emergence", "ideation");

        for (var i = 0; i < LimitedApplication.NoteBurst; i++)
        {
            await writer.InvokeAsync("AddNote", $"n-{i}", "w-emergence", "idee", $"Idée {i}", null);
        }

        var before = (await animator.SyncAsync(0)).Version;
        Assert.Equal("rate.limited", await HubErrors.CodeOfAsync(() => writer.InvokeAsync("AddNote", "n-over", "w-emergence", "idee", "Une de trop", null)));
        Assert.Equal("rate.limited", await HubErrors.CodeOfAsync(() => writer.InvokeAsync("EditNote", "n-0", "Idée modifiée")));
        Assert.Equal(before, (await animator.SyncAsync(0)).Version);

        // Other commands of the same participant still go through: the note budget is separate.
        await writer.InvokeAsync("Rename", null, "Plus calme");
        Assert.True(await other.InvokeAsync("AddNote", "n-other", "w-emergence", "idee", "Une idée tranquille", null) > before);
    }
}
