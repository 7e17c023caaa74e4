using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.Server.Tests.Telemetry;
using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.Server.Tests.Scale;

/// <summary>Two server processes on loopback sharing one real Redis: one soirée, whichever node people land on.</summary>
[Collection(RedisCollection.Name)]
public sealed class TwoNodeTests(RedisServerFixture redis) : IAsyncLifetime
{
    private HubProcess _nodeA = null!;
    private HubProcess _nodeB = null!;

    public async Task InitializeAsync()
    {
        _nodeA = await HubProcess.StartRedisAsync(redis.Configuration);
        _nodeB = await HubProcess.StartRedisAsync(redis.Configuration);
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
    }

    [Fact]
    public async Task NotesPostedOnEitherNodeReachEveryoneOnBothInSequenceOrder()
    {
        var sessions = new SessionClient(_nodeA.CreateClient());
        var session = await sessions.CreateAsync();
        var onA = await sessions.JoinAsync(session.JoinCode, "Jeanne");
        var onB = await new SessionClient(_nodeB.CreateClient()).JoinAsync(session.JoinCode, "Paul");
        var board = await sessions.BoardLinkAsync(session);
        await using var animator = await LiveClient.ConnectAsync(_nodeA.BaseAddress, session.AnimatorToken, Protocol.MessagePack);
        await using var phoneA = await LiveClient.ConnectAsync(_nodeA.BaseAddress, onA.Token, Protocol.Json);
        await using var phoneB = await LiveClient.ConnectAsync(_nodeB.BaseAddress, onB.Token, Protocol.MessagePack);
        await using var screenB = await LiveClient.ConnectAsync(_nodeB.BaseAddress, board.Token, Protocol.Json);
        foreach (var client in new[] { animator, phoneA, phoneB, screenB })
        {
            await client.SyncAsync(0);
        }

        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");

        // Both phones post at once, each on its own node: the two nodes race for the same session's sequence.
        async Task<List<long>> PostAsync(LiveClient phone, string prefix) =>
            [.. await Task.WhenAll(Enumerable.Range(0, 25).Select(i => phone.InvokeAsync("AddNote", $"{prefix}-{i:D2}", "w-acceleration", "question", $"{prefix} question {i}", null)))];
        var posted = await Task.WhenAll(PostAsync(phoneA, "a"), PostAsync(phoneB, "b"));
        var seqs = posted.SelectMany(s => s).ToList();
        Assert.Equal(50, seqs.Distinct().Count());

        var last = seqs.Max();
        foreach (var client in new[] { animator, phoneA, phoneB, screenB })
        {
            await client.WaitForSeqAsync(last, TimeSpan.FromSeconds(15));
            var applied = client.Applied;
            Assert.Equal(Enumerable.Range(1, applied.Count).Select(i => applied[0].Seq + i - 1), applied.Select(e => e.Seq));
            var notes = applied.Where(e => e.Type == "NoteAdded").Select(e => Wire.Text(e.Data, "noteId")).ToHashSet();
            Assert.Equal(50, notes.Count);
        }
    }

    [Fact]
    public async Task DeadlineWithTwoNodesRunningEndsTheRoundExactlyOnce()
    {
        var sessions = new SessionClient(_nodeA.CreateClient());
        var session = await sessions.CreateAsync();
        var board = await sessions.BoardLinkAsync(session);
        await using var animator = await LiveClient.ConnectAsync(_nodeA.BaseAddress, session.AnimatorToken, Protocol.Json);
        await using var screenB = await LiveClient.ConnectAsync(_nodeB.BaseAddress, board.Token, Protocol.MessagePack);
        await animator.SyncAsync(0);
        await screenB.SyncAsync(0);
        var spec = new RoundSpec { Name = "Éclair", DurationSeconds = 2, Columns = [new ColumnSpec { Key = "idee", Label = "Idée" }] };
        await animator.InvokeAsync("AddRound", "w-emergence", "eclair", spec, null);

        // Let node B's clock see the round, then let both clocks race for the deadline.
        await animator.InvokeAsync("StartRound", "w-emergence", "eclair");
        var endedOnB = await screenB.WaitForAsync(e => e.Type == "RoundEnded", TimeSpan.FromSeconds(15));
        var endedOnA = await animator.WaitForAsync(e => e.Type == "RoundEnded", TimeSpan.FromSeconds(15));
        Assert.Equal(endedOnA.Seq, endedOnB.Seq);
        Assert.Equal("deadline", Wire.Text(endedOnB.Data, "reason"));
        await Task.Delay(TimeSpan.FromSeconds(2));

        var store = new RedisSessionStore(redis.Connection);
        var events = await store.ReadEventsAsync(session.SessionId, 0, 10_000).DefaultTimeout();
        var ends = events.Where(e => e.Event is RoundEnded { RoundId: "eclair" }).ToList();
        Assert.Single(ends);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Seq));
    }

    [Fact]
    public async Task ANodeMeasuresHowLongTheOtherNodesBatchesTakeToReachItThroughRedis()
    {
        var sessions = new SessionClient(_nodeA.CreateClient());
        var session = await sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(_nodeA.BaseAddress, session.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");

        // Node A stored and sent; node B, which stored nothing, hears A's probe on the backplane's connection.
        using var httpA = _nodeA.CreateClient();
        using var httpB = _nodeB.CreateClient();
        PrometheusText onB = null!;
        await Eventually.TrueAsync(async () =>
        {
            onB = new PrometheusText(await httpB.GetStringAsync("/metrics"));
            return onB.Sum("workshop_backplane_lag_seconds_count") > 0;
        }, TimeSpan.FromSeconds(10), "node B never measured the backplane's lag");

        var average = onB.Sum("workshop_backplane_lag_seconds_sum") / onB.Sum("workshop_backplane_lag_seconds_count");
        Assert.InRange(average, 0, 2);
        var onA = new PrometheusText(await httpA.GetStringAsync("/metrics").DefaultTimeout());
        Assert.Equal(0, onA.Sum("workshop_backplane_lag_seconds_count"));
        Assert.True(onA.Sum("workshop_store_append_duration_seconds_count", ("store", "redis"), ("status", "appended")) > 0, "node A timed no Redis append");
    }

    [Fact]
    public async Task BothNodesAreReadyAndSayRedisIsUp()
    {
        foreach (var node in new[] { _nodeA, _nodeB })
        {
            using var http = node.CreateClient();
            var body = await http.GetStringAsync("/readyz").DefaultTimeout();
            Assert.Contains("\"redis\":\"ok\"", body, StringComparison.Ordinal);
        }
    }
}
