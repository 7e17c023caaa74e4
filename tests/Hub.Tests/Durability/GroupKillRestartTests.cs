using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Durability;

/// <summary>
/// A working group written by several members at once when the server is killed with SIGKILL: every write it had
/// acknowledged is there after the restart, at the version it was acknowledged with, and sending it again changes
/// nothing. On SQLite and on Redis.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class GroupKillRestartTests(RedisServerFixture redis)
{
    private const int Acknowledged = 60;

    [Fact]
    public async Task AcknowledgedGroupWritesSurviveAKilledServerOnSqliteAndRetriesChangeNothing()
    {
        var folder = HubProcess.NewDataFolder();
        try
        {
            await using var node = await HubProcess.StartSqliteAsync(folder, HubProcess.MachineSpeed);
            await AcknowledgedWritesSurviveAsync(node);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AcknowledgedGroupWritesSurviveAKilledServerOnRedisAndRetriesChangeNothing()
    {
        await using var node = await HubProcess.StartRedisAsync(redis.Configuration, HubProcess.MachineSpeed);
        await AcknowledgedWritesSurviveAsync(node);
    }

    private static async Task AcknowledgedWritesSurviveAsync(HubProcess node)
    {
        var groups = new GroupClient(node.CreateClient());
        var created = await groups.CreateAsync("Légumerie du plateau", "Des légumes épluchés pour les cantines du canton");
        var seat = GroupClient.Token(created.Seats[0]);
        var members = new List<string>();
        foreach (var nickname in new[] { "Mireille", "Benoît", "Zoé" })
        {
            members.Add((await groups.JoinAsync(created.JoinCode, nickname)).Token);
        }

        // Each writer puts new items one after the other while the others do the same; the seat sets milestones.
        var writes = new List<Write>();
        var killing = 0;
        var writers = members.Select((token, m) => Task.Run(() => WriteUntilKilledAsync(groups, created.GroupId, token, writes, () => Volatile.Read(ref killing) == 1,
                i => i % 2 == 0
                    ? ($"canvas/c-{m}-{i:D3}", new { block = "ressources", text = $"Une chambre froide partagée, proposition {i} de {m}" })
                    : ($"actions/a-{m}-{i:D3}", new { what = $"Appeler la cantine de Joyeuse, relance {i}", ownerName = "Hélène", due = "2027-03-31", done = false }))))
            .Append(Task.Run(() => WriteUntilKilledAsync(groups, created.GroupId, seat, writes, () => Volatile.Read(ref killing) == 1,
                i => ($"milestones/j-{i:D3}", new { title = $"Jalon {i} : tournée test", due = "2027-06-30", status = "planned", note = "Deux villages d'abord" }))))
            .ToList();

        await Eventually.TrueAsync(() => Task.FromResult(Count(writes) >= Acknowledged), TimeSpan.FromSeconds(30), $"{Acknowledged} group writes acknowledged");
        Volatile.Write(ref killing, 1);
        await node.KillAsync();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(30));

        await node.RestartAsync();
        groups = new GroupClient(node.CreateClient());
        var page = (await groups.PageAsync(created.GroupId, seat)).GetProperty("group");
        var version = page.GetProperty("version").GetInt64();
        var history = page.GetProperty("history").EnumerateArray().ToDictionary(h => h.GetProperty("seq").GetInt64(), h => h.GetProperty("itemId").GetString());
        var items = new[] { "canvas", "actions", "milestones" }.SelectMany(list => page.GetProperty(list).EnumerateArray())
            .ToDictionary(i => i.GetProperty("id").GetString()!);

        Assert.True(writes.Count >= Acknowledged);
        foreach (var write in writes)
        {
            var id = write.Path[(write.Path.IndexOf('/', StringComparison.Ordinal) + 1)..];
            Assert.True(items.ContainsKey(id), $"{write.Path}, acknowledged at version {write.Version}, is missing after the restart");
            Assert.True(history.TryGetValue(write.Version, out var changed) && changed == id, $"{write.Path} was acknowledged at version {write.Version}, which now holds {changed}");
            foreach (var field in JsonSerializer.SerializeToElement(write.Body).EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.String))
            {
                Assert.Equal(field.Value.GetString(), items[id].GetProperty(field.Name).GetString());
            }
        }

        // A phone that never heard the answer sends the same write again: the group stays as it is.
        foreach (var write in writes)
        {
            var again = await groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/{write.Path}", write.Token, write.Body);
            Assert.Equal(version, again.Version);
        }

        var after = (await groups.PageAsync(created.GroupId, seat)).GetProperty("group");
        Assert.Equal(version, after.GetProperty("version").GetInt64());
        Assert.Equal(page.GetRawText(), after.GetRawText());
    }

    // Writes until the server is killed; a write is recorded only once the server answered 200 with a version.
    private static async Task WriteUntilKilledAsync(
        GroupClient groups, string groupId, string token, List<Write> writes, Func<bool> killed, Func<int, (string Path, object Body)> next)
    {
        for (var i = 0; ; i++)
        {
            var (path, body) = next(i);
            HttpResponseMessage response;
            try
            {
                response = await groups.SendAsync(HttpMethod.Put, $"/api/groups/{groupId}/{path}", token, body);
            }
            // Once the kill is under way, a request fails however far it got; before, any failure is the test's.
            catch (Exception) when (killed())
            {
                return;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.True(killed(), $"PUT {path} before the kill: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return;
            }

            var version = (await response.Content.ReadFromJsonAsync<Versioned>())!.Version;
            lock (writes)
            {
                writes.Add(new Write(path, body, token, version));
            }
        }
    }

    private static int Count(List<Write> writes)
    {
        lock (writes)
        {
            return writes.Count;
        }
    }

    private sealed record Write(string Path, object Body, string Token, long Version);
}
