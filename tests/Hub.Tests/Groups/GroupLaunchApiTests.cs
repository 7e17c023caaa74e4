using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Groups.Events;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Tests.Groups;

/// <summary>
/// Phase 4 on a group's page over HTTP: the card's theme and launch stages, needs and offers, and what the group
/// publishes; the seats write them, members only read them, bad input changes nothing, and hostile text stays text.
/// </summary>
public sealed class GroupLaunchApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly GroupClient _groups = new(app.CreateClient());

    [Fact]
    public async Task SeatsSetTheThemeTheLaunchStagesNeedsOffersAndPublicationAndThePageShowsThemToMembers()
    {
        var created = await _groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        var member = await _groups.JoinAsync(created.JoinCode, "Mireille");
        var group = $"/api/groups/{created.GroupId}";

        await _groups.OkAsync(HttpMethod.Put, $"{group}/card", seat, new { name = "Ressourcerie", promise = "Réparer au village", stage = "stopped", theme = "economieCirculaire", stopReason = "Pas de local" });
        await _groups.OkAsync(HttpMethod.Put, $"{group}/exchanges/x-1", seat, new { kind = "need", category = "lieu", text = "Un local de 100 m²" });
        await _groups.OkAsync(HttpMethod.Put, $"{group}/exchanges/x-2", seat, new { kind = "offer", category = "competences", text = "Réparation d'électroménager" });
        await _groups.OkAsync(HttpMethod.Put, $"{group}/publication", seat, new { published = true, publicText = "Une ressourcerie au village", showNeeds = true, showMilestones = false });

        var page = (await _groups.PageAsync(created.GroupId, member.Token)).GetProperty("group");
        Assert.Equal("economieCirculaire", page.GetProperty("theme").GetString());
        Assert.Equal("stopped", page.GetProperty("stage").GetString());
        Assert.Equal("Pas de local", page.GetProperty("stopReason").GetString());
        var exchanges = page.GetProperty("exchanges").EnumerateArray().ToList();
        Assert.Equal(["x-1:need:lieu", "x-2:offer:competences"], exchanges.Select(x => $"{x.GetProperty("id").GetString()}:{x.GetProperty("kind").GetString()}:{x.GetProperty("category").GetString()}"));
        Assert.Equal("Un local de 100 m²", exchanges[0].GetProperty("text").GetString());
        Assert.True(exchanges[0].TryGetProperty("changedAt", out _));
        var publication = page.GetProperty("publication");
        Assert.True(publication.GetProperty("published").GetBoolean());
        Assert.Equal("Une ressourcerie au village", publication.GetProperty("publicText").GetString());
        Assert.True(publication.GetProperty("showNeeds").GetBoolean());
        Assert.False(publication.GetProperty("showMilestones").GetBoolean());
        Assert.Equal(["card", "exchange", "exchange", "publication"], page.GetProperty("history").EnumerateArray().TakeLast(4).Select(h => h.GetProperty("area").GetString()));

        // A member reads them and writes none of them; nothing changes.
        var version = page.GetProperty("version").GetInt64();
        foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Put, "card", new { name = "X", stage = "active" }),
            (HttpMethod.Put, "exchanges/x-3", new { kind = "need", category = "lieu", text = "Un local" }),
            (HttpMethod.Delete, "exchanges/x-1", null),
            (HttpMethod.Put, "publication", new { published = false, showNeeds = false, showMilestones = false }),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _groups.SendAsync(method, $"{group}/{path}", member.Token, body)).StatusCode);
        }

        await _groups.OkAsync(HttpMethod.Delete, $"{group}/exchanges/x-2", seat, null);
        var after = (await _groups.PageAsync(created.GroupId, seat)).GetProperty("group");
        Assert.Equal(version + 1, after.GetProperty("version").GetInt64());
        Assert.Single(after.GetProperty("exchanges").EnumerateArray());
    }

    [Fact]
    public async Task BadOrOversizeInputIsRefusedAndNothingChanges()
    {
        var created = await _groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        var group = $"/api/groups/{created.GroupId}";
        var version = await VersionAsync(created.GroupId, seat);
        foreach (var (method, path, body) in new (HttpMethod, string, object)[]
        {
            (HttpMethod.Put, "card", new { name = "Ressourcerie", stage = "active", theme = new string('t', Themes.MaxFreeTextLength + 1) }),
            (HttpMethod.Put, "card", new { name = "Ressourcerie", stage = "stopped" }),
            (HttpMethod.Put, "card", new { name = "Ressourcerie", stage = "stopped", stopReason = new string('r', WorkingGroup.MaxStopReasonLength + 1) }),
            (HttpMethod.Put, "exchanges/x-1", new { kind = "need", category = "chateau", text = "Un château" }),
            (HttpMethod.Put, "exchanges/x-1", new { kind = "need", category = "lieu", text = new string('e', WorkingGroup.MaxExchangeLength + 1) }),
            (HttpMethod.Put, "exchanges/x-1", new { kind = "need", category = "lieu", text = "" }),
            (HttpMethod.Put, "publication", new { published = true, publicText = new string('p', Publication.MaxPublicTextLength + 1), showNeeds = true, showMilestones = true }),
        })
        {
            var response = await _groups.SendAsync(method, $"{group}/{path}", seat, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(ErrorCodes.InvalidArgument, (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await _groups.SendAsync(HttpMethod.Put, $"{group}/exchanges/x-1", seat, new { kind = "gift", category = "lieu", text = "Un local" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _groups.SendAsync(HttpMethod.Delete, $"{group}/exchanges/x-9", seat, null)).StatusCode);
        Assert.Equal(version, await VersionAsync(created.GroupId, seat));
    }

    [Fact]
    public async Task HostileTextInTheThemeStopReasonNeedsAndPublicTextIsKeptAsTheEngineKeepsItOrRefused()
    {
        var created = await _groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        var group = $"/api/groups/{created.GroupId}";
        var fields = new (string Name, Func<string, string?> Check, Func<string, (string Path, object Body)> Write, Func<JsonElement, string?> Read)[]
        {
            ("theme", t => Themes.Normalize(t), t => ("card", new { name = "Ressourcerie", stage = "active", theme = t }), g => g.GetProperty("theme").GetString()),
            ("stop reason", t => Input.Line(t, WorkingGroup.MaxStopReasonLength, "stopReason"), t => ("card", new { name = "Ressourcerie", stage = "stopped", stopReason = t }), g => g.GetProperty("stopReason").GetString()),
            ("exchange", t => Input.Line(t, WorkingGroup.MaxExchangeLength, "text"), t => ("exchanges/hx", new { kind = "offer", category = "autre", text = t }),
                g => g.GetProperty("exchanges").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "hx").GetProperty("text").GetString()),
            ("public text", t => Input.NullIfEmpty(Input.Optional(t, Publication.MaxPublicTextLength, "publicText")), t => ("publication", new { published = true, publicText = t, showNeeds = true, showMilestones = true }),
                g => g.GetProperty("publication").GetProperty("publicText").GetString()),
        };

        var strings = NaughtyStrings.All();
        var (kept, refused) = (0, 0);
        var version = await VersionAsync(created.GroupId, seat);
        for (var i = 0; i < strings.Count; i++)
        {
            var field = fields[i % fields.Length];
            var (path, body) = field.Write(strings[i]);
            var response = await _groups.SendAsync(HttpMethod.Put, $"{group}/{path}", seat, body);
            string? expected;
            try
            {
                expected = field.Check(strings[i]);
            }
            catch (WorkshopException ex)
            {
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field.Name} {JsonSerializer.Serialize(strings[i])}: {(int)response.StatusCode}");
                Assert.Equal(ex.Code, (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
                Assert.Equal(version, await VersionAsync(created.GroupId, seat));
                refused++;
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{field.Name} {JsonSerializer.Serialize(strings[i])}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var page = (await _groups.PageAsync(created.GroupId, seat)).GetProperty("group");
            Assert.Equal(expected, field.Read(page));
            version = page.GetProperty("version").GetInt64();
            kept++;
        }

        Assert.True(kept > 300 && refused > 5, $"{kept} kept, {refused} refused: the list was not read");
    }

    [Fact]
    public void ACardEventAndASnapshotStoredBeforeThemesStillRead()
    {
        var e = (GroupCardChanged)SessionJson.DeserializeEvent("GroupCardChanged", """{"name":"Navette","promise":"Au marché","stage":"readyToLaunch"}""");
        Assert.Equal(new GroupCardChanged("Navette", "Au marché", GroupStage.ReadyToLaunch, null, null), e);

        var snapshot = WorkingGroup.FromEvents([]).ToSnapshot() with { Id = "group-old", Name = "Navette", JoinCode = "ACDEFGHJ" };
        var json = JsonSerializer.SerializeToNode(snapshot, SessionJson.Options)!.AsObject();
        foreach (var added in new[] { "theme", "stopReason", "publication", "exchanges" })
        {
            Assert.True(json.Remove(added), added);
        }

        var old = JsonSerializer.Deserialize<GroupSnapshot>(json.ToJsonString(), SessionJson.Options)!;
        var group = WorkingGroup.FromSnapshot(old);
        Assert.Null(group.Theme);
        Assert.Empty(group.Exchanges);
        Assert.Equal(Publication.None, group.Publication);
    }

    private async Task<long> VersionAsync(string groupId, string seat) =>
        (await _groups.PageAsync(groupId, seat)).GetProperty("group").GetProperty("version").GetInt64();
}
