using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Rounds;

public sealed class RoundClockTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Fact]
    public async Task RoundEndsAtItsDeadlineExactlyOnceAndWritesAfterItAreRefused()
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await using var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, Protocol.MessagePack);
        await phone.SyncAsync(0);
        var started = await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var start = await phone.WaitForSeqAsync(started, TimeSpan.FromSeconds(10));
        var startEvent = phone.Applied.Single(e => e.Type == "RoundStarted");
        var endsAt = DateTimeOffset.Parse(Wire.Text(startEvent.Data, "endsAt")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(app.Time.GetUtcNow() + TimeSpan.FromMinutes(4), endsAt);

        // Within the writing grace after the deadline: nothing happens, a note typed as time ran out still counts.
        app.Time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(4.8));
        await phone.InvokeAsync("AddNote", "n-late", "w-acceleration", "question", "Juste à temps ?", null);
        Assert.DoesNotContain(phone.Applied, e => e.Type == "RoundEnded");

        // Past it: the clock ends the round, once, however many ticks go by.
        for (var i = 0; i < 20; i++)
        {
            app.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var ended = await phone.WaitForAsync(e => e.Type == "RoundEnded");
        Assert.Equal("deadline", Wire.Text(ended.Data, "reason"));
        for (var i = 0; i < 20; i++)
        {
            app.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var all = await animator.SyncAsync(start.Seq - 1);
        Assert.Single(all.Events!, e => e.Type == "RoundEnded");

        // Once the clock has ended the round, a late note hears the same reason as just before: its time was up.
        Assert.Equal("round.deadline_passed", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("AddNote", "n-too-late", "w-acceleration", "question", "Trop tard", null)));
    }

    [Fact]
    public async Task PausedRoundKeepsItsRemainingTimeAndTheClockWaits()
    {
        var session = await _sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await animator.SyncAsync(0);
        await animator.InvokeAsync("StartRound", "w-emergence", "cadrage");
        app.Time.Advance(TimeSpan.FromSeconds(30));
        var paused = await animator.WaitForSeqAsync(await animator.InvokeAsync("PauseRound", "w-emergence", "cadrage"));
        Assert.Equal("00:01:30", Wire.Text(paused.Data, "remaining"));

        for (var i = 0; i < 30; i++)
        {
            app.Time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.DoesNotContain(animator.Applied, e => e.Type == "RoundEnded");
        var resumed = await animator.WaitForSeqAsync(await animator.InvokeAsync("ResumeRound", "w-emergence", "cadrage"));
        var endsAt = DateTimeOffset.Parse(Wire.Text(resumed.Data, "endsAt")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(app.Time.GetUtcNow() + TimeSpan.FromSeconds(90), endsAt);
        var extended = await animator.WaitForSeqAsync(await animator.InvokeAsync("ExtendRound", "ext-1", "w-emergence", "cadrage", 60));
        var again = await animator.InvokeAsync("ExtendRound", "ext-1", "w-emergence", "cadrage", 60);
        Assert.Equal(extended.Seq, again);
        Assert.Equal(
            endsAt + TimeSpan.FromSeconds(60),
            DateTimeOffset.Parse(Wire.Text(extended.Data, "endsAt")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ServerTimeComesFromTheServersClock()
    {
        var session = await _sessions.CreateAsync();
        await using var board = await LiveClient.ConnectAsync(app.Server, (await _sessions.BoardLinkAsync(session)).Token, Protocol.MessagePack);
        Assert.Equal(app.Time.GetUtcNow().ToUnixTimeMilliseconds(), await board.InvokeAsync("ServerTime"));
        Assert.Equal(app.Time.GetUtcNow().ToUnixTimeMilliseconds(), (await board.SyncAsync(0)).ServerNow);
    }
}
