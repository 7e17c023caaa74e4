using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Durability;

/// <summary>Every acknowledged note survives a SIGKILL of the server, on SQLite and on Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class KillRestartTests(RedisServerFixture redis)
{
    [Fact]
    public async Task AcknowledgedNotesSurviveAKilledServerOnSqlite()
    {
        var folder = HubProcess.NewDataFolder();
        try
        {
            await using var node = await HubProcess.StartSqliteAsync(folder, HubProcess.MachineSpeed);
            await AcknowledgedNotesSurviveAsync(node);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AcknowledgedNotesSurviveAKilledServerOnRedis()
    {
        await using var node = await HubProcess.StartRedisAsync(redis.Configuration, HubProcess.MachineSpeed);
        await AcknowledgedNotesSurviveAsync(node);
    }

    private static async Task AcknowledgedNotesSurviveAsync(HubProcess node)
    {
        var sessions = new SessionClient(node.CreateClient());
        var session = await sessions.CreateAsync();
        var joined = await sessions.JoinAsync(session.JoinCode, "Jeanne");
        var acknowledged = new List<string>();
        await using (var animator = await LiveClient.ConnectAsync(node.BaseAddress, session.AnimatorToken, Protocol.MessagePack))
        await using (var phone = await LiveClient.ConnectAsync(node.BaseAddress, joined.Token, Protocol.Json))
        {
            await animator.InvokeAsync("StartRound", "w-acceleration", "enrichissement");

            // Keep posting while the server is killed: the kill lands mid-write, and only acknowledged notes count.
            using var stop = new CancellationTokenSource();
            var killing = 0;
            var writer = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"n-{i:D4}";
                    try
                    {
                        await phone.InvokeAsync("AddNote", id, "w-acceleration", "ressources", $"Ressource numéro {i}", null);
                        lock (acknowledged)
                        {
                            acknowledged.Add(id);
                        }
                    }
                    // Once the kill is under way, a call may fail before the client has noticed the connection is gone.
                    catch (Exception) when (Volatile.Read(ref killing) == 1 || stop.IsCancellationRequested || phone.Connection.State != Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected)
                    {
                        return;
                    }
                }
            });
            await Eventually.TrueAsync(() => Task.FromResult(Count(acknowledged) >= 40), TimeSpan.FromSeconds(20), "40 notes acknowledged");
            Volatile.Write(ref killing, 1);
            await node.KillAsync();
            await stop.CancelAsync();
            await writer.WaitAsync(TimeSpan.FromSeconds(30));
        }

        await node.RestartAsync();
        await using var console = await LiveClient.ConnectAsync(node.BaseAddress, session.AnimatorToken, Protocol.Json);
        var sync = await console.SyncAsync(0);
        var kept = Wire.List(sync.Snapshot, "notes").Select(n => Wire.Text(n, "id")).ToHashSet();

        Assert.True(acknowledged.Count >= 40);
        Assert.All(acknowledged, id => Assert.Contains(id, kept));
        Assert.Equal(kept.Count, kept.Distinct().Count());
    }

    private static int Count(List<string> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }
}
