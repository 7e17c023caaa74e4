using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Realtime;

public sealed class ResyncTests(SmallResyncApplication app) : IClassFixture<SmallResyncApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task ReconnectingClientReceivesExactlyTheEventsItMissedInOrder(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);
        await animator.SyncAsync(0);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");

        long lastSeen;
        await using (var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, protocol))
        {
            lastSeen = (await phone.SyncAsync(0)).Version;
        }

        var missed = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            missed.Add(await animator.InvokeAsync("AddNote", $"n-{i}", "w-acceleration", "question", $"Question {i}", null));
        }

        await using var back = await LiveClient.ConnectAsync(app.Server, joined.Token, protocol);
        var sync = await back.SyncAsync(lastSeen);

        Assert.Null(sync.Snapshot);
        Assert.Equal(missed, sync.Events!.Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"Question {i}"), sync.Events!.Select(e => Wire.Text(e.Data, "text")));
        Assert.Equal(missed[^1], back.LastSeq);

        // Live events after the resync continue the same sequence, without a gap.
        var next = await animator.InvokeAsync("AddNote", "n-live", "w-acceleration", "question", "En direct", null);
        await back.WaitForSeqAsync(next);
        Assert.Equal(Enumerable.Range((int)lastSeen + 1, (int)(next - lastSeen)).Select(i => (long)i), back.Applied.Select(e => e.Seq));
    }

    [Fact]
    public async Task ClientFurtherBehindThanTheLimitReceivesASnapshotInstead()
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var lastSeen = (await animator.SyncAsync(0)).Version;
        for (var i = 0; i <= SmallResyncApplication.Limit; i++)
        {
            await animator.InvokeAsync("AddNote", $"n-{i}", "w-acceleration", "question", $"Question {i}", null);
        }

        await using var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, Protocol.Json);
        var sync = await phone.SyncAsync(lastSeen);

        Assert.Null(sync.Events);
        Assert.Equal(lastSeen + SmallResyncApplication.Limit + 1, sync.Version);
        Assert.Equal(SmallResyncApplication.Limit + 1, Wire.List(sync.Snapshot, "notes").Count);
        Assert.Equal(sync.Version, Wire.Number(sync.Snapshot, "version"));
    }

    [Fact]
    public async Task FirstSyncGivesASnapshotAsTheCallerMaySeeIt()
    {
        var session = await _sessions.CreateAsync(SessionClient.PlenaryRequest(anonymous: true));
        var jeanne = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        var paul = await _sessions.JoinAsync(session.JoinCode, "Paul");
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.MessagePack);
        await using var phone = await LiveClient.ConnectAsync(app.Server, jeanne.Token, Protocol.MessagePack);

        var staff = await animator.SyncAsync(0);
        var mine = await phone.SyncAsync(0);

        Assert.Equal("participant", mine.Me.Role);
        Assert.Equal(jeanne.ParticipantId, mine.Me.Id);
        string? Nickname(object? snapshot, string id) =>
            Wire.Text(Wire.List(snapshot, "participants").Single(p => Wire.Text(p, "id") == id), "nickname");
        Assert.Equal("Paul", Nickname(staff.Snapshot, paul.ParticipantId));
        // A phone's snapshot lists only its own person (with their nickname, anonymous or not) and counts the hall.
        Assert.DoesNotContain(Wire.List(mine.Snapshot, "participants"), p => Wire.Text(p, "id") == paul.ParticipantId);
        Assert.Equal("Jeanne", Nickname(mine.Snapshot, jeanne.ParticipantId));
        Assert.Equal(2, Wire.Number(mine.Snapshot, "participantCount"));
    }

    [Fact]
    public async Task SessionLoadedFromItsSnapshotAndLaterEventsMatchTheLiveOne()
    {
        var session = await _sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        for (var i = 0; i < 25; i++)
        {
            await animator.InvokeAsync("AddNote", $"n-{i}", "w-acceleration", "question", $"Question {i}", null);
        }

        var live = await animator.SyncAsync(0);

        // Loading from the latest snapshot plus the events after it gives what replaying everything gives.
        var store = app.Services.GetRequiredService<ISessionStore>();
        var snapshot = await store.LoadSnapshotAsync(session.SessionId).DefaultTimeout();
        Assert.NotNull(snapshot);
        Assert.True(snapshot.Version >= 20 && snapshot.Version < live.Version, $"snapshot at {snapshot.Version}, live at {live.Version}");
        var rebuilt = Session.FromSnapshot(snapshot);
        foreach (var e in await store.ReadEventsAsync(session.SessionId, snapshot.Version, 1000).DefaultTimeout())
        {
            rebuilt.Apply(e);
        }

        var replayed = Session.FromEvents(await store.ReadEventsAsync(session.SessionId, 0, 1000).DefaultTimeout());
        Assert.Equal(
            JsonSerializer.Serialize(replayed.ToSnapshot(), SessionJson.Options),
            JsonSerializer.Serialize(rebuilt.ToSnapshot(), SessionJson.Options));
        Assert.Equal(live.Version, rebuilt.Version);
    }
}
