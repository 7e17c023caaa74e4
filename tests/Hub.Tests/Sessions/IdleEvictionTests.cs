using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Sessions;

/// <summary>
/// A soirée nobody is connected to and nobody used for the idle period leaves the node's memory; its next use loads
/// it again from the store as it was. Run against each store: SQLite (commands pipelined, this node the only writer)
/// and Redis (shared, commands serialized and caught up).
/// </summary>
public abstract class IdleEvictionTests(WorkshopApplication app)
{
    // Past the idle period and the sweep that notices it (a quarter of the period later at most).
    private static readonly TimeSpan PastIdle = IdleEvictionApplication.IdleEviction * 1.5;

    private readonly SessionClient _sessions = new(app.CreateClient());

    private SessionRegistry Registry => app.Services.GetRequiredService<SessionRegistry>();

    [Fact]
    public async Task AnEvictedSoireeComesBackFromTheStoreAsItWasAndItsSequenceGoesOn()
    {
        var session = await _sessions.CreateAsync();
        var tokens = new List<string>();
        long lastSeq;
        await using (var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.MessagePack))
        {
            await animator.SyncAsync(0);
            await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
            for (var p = 0; p < 3; p++)
            {
                var joined = await _sessions.JoinAsync(session.JoinCode, $"Téléphone {p}");
                tokens.Add(joined.Token);
                await using var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, p % 2 == 0 ? Protocol.MessagePack : Protocol.Json);
                await phone.SyncAsync(0);
                await phone.InvokeAsync("AddNote", $"n-{p}-a", "w-acceleration", "question", $"Question {p} ?", null);
                await phone.InvokeAsync("AddNote", $"n-{p}-b", "w-acceleration", "question", $"Autre question {p} ?", null);
            }

            lastSeq = await animator.InvokeAsync("EndRound", "w-acceleration", "questions");
            await animator.WaitForSeqAsync(lastSeq);
        }

        var before = (await _sessions.SnapshotAsync(session)).GetRawText();
        await EvictAsync(session.SessionId);

        // A phone comes back where it left off: nothing missed, nothing new, the same soirée.
        await using (var back = await LiveClient.ConnectAsync(app.Server, tokens[1], Protocol.MessagePack))
        {
            var sync = await back.SyncAsync(lastSeq);
            Assert.Equal(lastSeq, sync.Version);
            Assert.Empty(sync.Events!);
            Assert.True(Registry.Holds(session.SessionId));
            Assert.Equal(before, (await _sessions.SnapshotAsync(session)).GetRawText());
        }

        // Evicted again, an animator's command loads it: numbered right after the last stored event; the phone that
        // comes back then gets it, and its own command reaches the animator live.
        await EvictAsync(session.SessionId);
        await using var animatorBack = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        Assert.Equal(lastSeq + 1, await animatorBack.InvokeAsync("LockJoining", true));
        await animatorBack.SyncAsync(lastSeq);
        await using var phoneBack = await LiveClient.ConnectAsync(app.Server, tokens[2], Protocol.MessagePack);
        Assert.Equal("JoiningChanged", Assert.Single((await phoneBack.SyncAsync(lastSeq)).Events!).Type);
        var renamed = await phoneBack.InvokeAsync("Rename", null, "Téléphone deux");
        Assert.Equal(lastSeq + 2, renamed);
        Assert.Equal("ParticipantRenamed", (await animatorBack.WaitForSeqAsync(renamed)).Type);

        var stored = await app.Services.GetRequiredService<ISessionStore>().ReadEventsAsync(session.SessionId, 0, 10_000).DefaultTimeout();
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(e => e.Seq));
        Assert.Equal(6, stored.Count(e => e.Event is NoteAdded));
    }

    [Fact]
    public async Task ASoireeWithAConnectedBoardIsNeverEvicted()
    {
        var watched = await _sessions.CreateAsync();
        var idle = await _sessions.CreateAsync();
        await using var board = await LiveClient.ConnectAsync(app.Server, (await _sessions.BoardLinkAsync(watched)).Token, Protocol.MessagePack);
        var version = (await board.SyncAsync(0)).Version;

        // Two sweeps for sure: the idle soirée leaves, is used again, and leaves again.
        await EvictAsync(idle.SessionId);
        await _sessions.SnapshotAsync(idle);
        await EvictAsync(idle.SessionId);

        Assert.True(Registry.Holds(watched.SessionId));
        await using var animator = await LiveClient.ConnectAsync(app.Server, watched.AnimatorToken, Protocol.Json);
        var locked = await animator.InvokeAsync("LockJoining", true);
        Assert.Equal(version + 1, locked);
        Assert.Equal("JoiningChanged", (await board.WaitForSeqAsync(locked)).Type);
    }

    [Fact]
    public async Task ASoireeEvictedWhileARoundRunsStillEndsTheRoundOnTime()
    {
        var session = await _sessions.CreateAsync();
        DateTimeOffset deadline;
        await using (var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json))
        {
            await animator.SyncAsync(0);
            await animator.WaitForSeqAsync(await animator.InvokeAsync("StartRound", "w-acceleration", "questions"));
            deadline = app.Time.GetUtcNow() + TimeSpan.FromMinutes(4);
        }

        await EvictAsync(session.SessionId);
        var store = app.Services.GetRequiredService<ISessionStore>();
        Assert.DoesNotContain(await store.ReadEventsAsync(session.SessionId, 0, 10_000).DefaultTimeout(), e => e.Event is RoundEnded);

        // Within the writing grace (5 s) nothing ends; past it, the clock loads the soirée and ends the round.
        app.Time.Advance(deadline + TimeSpan.FromSeconds(4.8) - app.Time.GetUtcNow());
        for (var i = 0; i < 5; i++)
        {
            app.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        StoredEvent? ended = null;
        await Eventually.TrueAsync(async () =>
        {
            ended = (await store.ReadEventsAsync(session.SessionId, 0, 10_000)).SingleOrDefault(e => e.Event is RoundEnded);
            return ended is not null;
        }, TimeSpan.FromSeconds(10), "the evicted soirée's round should end at its deadline");
        Assert.Equal(RoundEndReason.Deadline, ((RoundEnded)ended!.Event).Reason);
        Assert.InRange(ended.At, deadline + TimeSpan.FromSeconds(5), deadline + TimeSpan.FromSeconds(5.5));
        Assert.True(Registry.Holds(session.SessionId));
    }

    // Waits for the soirée's connections to end, lets the idle period pass and waits for the sweep to drop it.
    private async Task EvictAsync(string sessionId)
    {
        await Eventually.TrueAsync(
            () => Task.FromResult(Registry.Entries.Where(e => e.SessionId == sessionId).All(e => e.Connections == 0)),
            TimeSpan.FromSeconds(10), "the soirée's connections should end");
        app.Time.Advance(PastIdle);
        await Eventually.TrueAsync(() => Task.FromResult(!Registry.Holds(sessionId)), TimeSpan.FromSeconds(10), "an idle soirée should leave memory");
    }
}

public sealed class SqliteIdleEvictionTests(IdleEvictionApplication app) : IdleEvictionTests(app), IClassFixture<IdleEvictionApplication>;

[Collection(RedisCollection.Name)]
public sealed class RedisIdleEvictionTests(RedisServerFixture redis) : IdleEvictionTests(new RedisIdleEvictionApplication(redis));
