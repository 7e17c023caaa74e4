using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StartupTerritoire.Server.Tests.Scale;

/// <summary>
/// Two server processes on one real Redis, a board and a phone sitting idle on node B while notes are stored through
/// node A as the backplane comes back from a loss: what was published while B did not listen reaches them anyway,
/// within 2 s of the last note's acknowledgement, with no call of theirs but the Sync the server's nudge asks for.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class BackplaneRecoveryTests(RedisServerFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan s_catchUpGoal = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_giveUp = TimeSpan.FromSeconds(15);

    private HubProcess _nodeA = null!;
    private HubProcess _nodeB = null!;

    public async Task InitializeAsync()
    {
        _nodeA = await HubProcess.StartRedisAsync(redis.Configuration, HubProcess.MachineSpeed);
        _nodeB = await HubProcess.StartRedisAsync(redis.Configuration, HubProcess.MachineSpeed);
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
    }

    [Fact]
    public async Task IdleBoardAndPhoneOnTheOtherNodeCatchUpOnNotesPublishedWhileNoNodeListened()
    {
        await using var soiree = await Soiree.OpenAsync(_nodeA, _nodeB);

        // Redis closes every subscription connection, of both nodes, and refuses new connections for a while: the
        // nodes keep their interactive connections, so notes are stored and published through node A while neither
        // node listens, as when one node reconnects to a restarted Redis before the other.
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var maxClients = (string)(await server.ExecuteAsync("CONFIG", "GET", "maxclients").DefaultTimeout())[1]!;
        long last = 0;
        var acknowledged = new Stopwatch();
        try
        {
            await server.ExecuteAsync("CONFIG", "SET", "maxclients", "1").DefaultTimeout();
            var killed = (long)await server.ExecuteAsync("CLIENT", "KILL", "TYPE", "pubsub").DefaultTimeout();
            Assert.True(killed >= 2, $"only {killed} subscription connections were killed");
            for (var i = 1; i <= 10; i++)
            {
                last = await soiree.Writer.InvokeAsync("AddNote", $"n-{i}", "w-acceleration", "question", "Pendant que personne n'écoute", null);
                acknowledged.Restart();
            }
        }
        finally
        {
            await server.ExecuteAsync("CONFIG", "SET", "maxclients", maxClients).DefaultTimeout();
        }

        await AssertCaughtUpAsync(soiree, last, acknowledged);
    }

    [Fact]
    public async Task IdleBoardAndPhoneOnTheOtherNodeCatchUpAfterRedisIsKilledAndRestarted()
    {
        await using var soiree = await Soiree.OpenAsync(_nodeA, _nodeB);

        await redis.KillAsync();
        try
        {
            // Both nodes noticed: neither is ready while Redis is away.
            foreach (var node in new[] { _nodeA, _nodeB })
            {
                using var http = node.CreateClient();
                await Eventually.TrueAsync(async () => (await http.GetAsync("/readyz").DefaultTimeout()).StatusCode == HttpStatusCode.ServiceUnavailable,
                    s_giveUp, "the node sees Redis gone");
            }
        }
        finally
        {
            await redis.StartAsync();
        }

        // Notes go through node A from the moment it reaches Redis again and for a second more, across the window in
        // which node B may not listen yet.
        var seq = await StoreOnceBackAsync(soiree.Writer, "n-first");
        var acknowledged = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var count = 1;
        while (clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            seq = await StoreOnceBackAsync(soiree.Writer, $"n-{++count}");
            acknowledged.Restart();
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        await AssertCaughtUpAsync(soiree, seq, acknowledged);
    }

    private async Task AssertCaughtUpAsync(Soiree soiree, long last, Stopwatch acknowledged)
    {
        var caughtUp = new List<TimeSpan>();
        foreach (var (name, client) in soiree.IdleOnB)
        {
            await client.WaitForSeqAsync(last, s_giveUp);
            caughtUp.Add(acknowledged.Elapsed);
            client.AssertNoResyncFailure();
            output.WriteLine($"{name}: seq {last} held {acknowledged.Elapsed.TotalMilliseconds:F0} ms after its acknowledgement; " +
                $"{client.Nudges} nudges, {client.NudgedSyncs} syncs, {client.EventsFromSync} events from Sync");

            // Gapless and complete: every event of the soirée up to the last, once, in order.
            var applied = client.Applied;
            Assert.Equal(Enumerable.Range(1, applied.Count).Select(i => applied[0].Seq + i - 1), applied.Select(e => e.Seq));
            Assert.Equal(last, applied[^1].Seq);
            Assert.True(client.Nudges >= 1, $"{name} was never nudged");
        }

        Assert.True(caughtUp.Max() <= s_catchUpGoal,
            $"the idle clients on node B held the last note {caughtUp.Max().TotalMilliseconds:F0} ms after its acknowledgement (goal {s_catchUpGoal.TotalSeconds} s)");
    }

    // Store unavailable while node A reconnects: the note is sent again, as a phone's outbox does, until stored.
    private static async Task<long> StoreOnceBackAsync(LiveClient writer, string noteId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await writer.InvokeAsync("AddNote", noteId, "w-acceleration", "question", "Après la panne", null);
            }
            catch (HubException) when (clock.Elapsed < s_giveUp)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20));
            }
        }
    }

    /// <summary>A soirée in a writing round: its animator and a phone on node A, a board and a phone idle on node B.</summary>
    private sealed class Soiree : IAsyncDisposable
    {
        private readonly List<LiveClient> _clients = [];

        public LiveClient Writer { get; private set; } = null!;

        public List<(string Name, LiveClient Client)> IdleOnB { get; } = [];

        public static async Task<Soiree> OpenAsync(HubProcess nodeA, HubProcess nodeB)
        {
            var soiree = new Soiree();
            var sessions = new SessionClient(nodeA.CreateClient());
            var session = await sessions.CreateAsync();
            var writer = await sessions.JoinAsync(session.JoinCode, "Jeanne");
            var reader = await new SessionClient(nodeB.CreateClient()).JoinAsync(session.JoinCode, "Paul");
            var board = await sessions.BoardLinkAsync(session);
            var animator = await soiree.ConnectAsync(nodeA, session.AnimatorToken, Protocol.MessagePack);
            soiree.Writer = await soiree.ConnectAsync(nodeA, writer.Token, Protocol.Json);
            soiree.IdleOnB.Add(("board (json)", await soiree.ConnectAsync(nodeB, board.Token, Protocol.Json)));
            soiree.IdleOnB.Add(("phone (messagepack)", await soiree.ConnectAsync(nodeB, reader.Token, Protocol.MessagePack)));
            foreach (var (_, client) in soiree.IdleOnB)
            {
                await client.SyncAsync(0);
                client.FollowResyncNudges();
            }

            // Before the fault, node B's clients hear node A live.
            await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
            var before = await soiree.Writer.InvokeAsync("AddNote", "n-0", "w-acceleration", "question", "Avant la panne", null);
            foreach (var (_, client) in soiree.IdleOnB)
            {
                await client.WaitForSeqAsync(before, s_giveUp);
            }

            return soiree;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _clients)
            {
                await client.DisposeAsync();
            }
        }

        private async Task<LiveClient> ConnectAsync(HubProcess node, string token, string protocol)
        {
            var client = await LiveClient.ConnectAsync(node.BaseAddress, token, protocol);
            _clients.Add(client);
            return client;
        }
    }
}
