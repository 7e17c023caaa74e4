using System.Net;
using System.Net.Http.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Api;

public sealed class AssistedApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    private static object TwoTables() => new
    {
        title = "Soirée créative du Val de Ligne",
        open = true,
        workshops = new object[]
        {
            new { id = "wa", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie qui passe de ferme en ferme." },
            new { id = "wb", format = "acceleration", title = "Ressourcerie", holder = "Paul", pitch = "Réparer et revendre au village." },
        },
        tables = new object[] { new { name = "Table 1", workshop = 0 }, new { name = "Table 2", workshop = 1 } },
    };

    private async Task<(CreatedSession Session, string TableA, string TableB)> SoireeAsync()
    {
        var session = await _sessions.CreateAsync(TwoTables());
        var tables = Wire.List(await _sessions.SnapshotAsync(session), "tables");
        return (session, Wire.Text(tables[0], "id")!, Wire.Text(tables[1], "id")!);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        return await _sessions.Http.SendAsync(request).DefaultTimeout();
    }

    private async Task<Joined> AddAsync(CreatedSession session, string token, string participantId, string nickname, string? tableId)
    {
        var response = await PostAsync($"/api/sessions/{session.SessionId}/assisted", token, new AssistedRequest(participantId, nickname, tableId));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Joined>().DefaultTimeout())!;
    }

    [Fact]
    public async Task ACoAnimatorAddsSomeoneWithoutAPhoneAndPostsANoteThatCountsAsTheirs()
    {
        var (session, tableA, _) = await SoireeAsync();
        var coAnimator = await _sessions.CoAnimatorLinkAsync(session, tableA);

        var jeanne = await AddAsync(session, coAnimator.Token, "p-jeanne", "Jeanne", tableA);
        await using (var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json))
        {
            await animator.InvokeAsync("StartRound", "wa", "questions");
        }

        await using var tablet = await LiveClient.ConnectAsync(app.Server, jeanne.Token, Protocol.MessagePack);
        var sync = await tablet.SyncAsync(0);
        await tablet.InvokeAsync("AddNote", "n-jeanne", "wa", "question", "Le local sera-t-il chauffé l'hiver ?", null);

        Assert.Equal("participant", sync.Me.Role);
        Assert.Equal("p-jeanne", sync.Me.Id);
        var snapshot = await _sessions.SnapshotAsync(session);
        var person = Wire.List(snapshot, "participants").Single(p => Wire.Text(p, "id") == "p-jeanne");
        Assert.Equal("Jeanne", Wire.Text(person, "nickname"));
        Assert.Equal(tableA, Wire.Text(person, "tableId"));
        Assert.True(((System.Text.Json.JsonElement)person!).GetProperty("assisted").GetBoolean());
        var note = Wire.List(snapshot, "notes").Single(n => Wire.Text(n, "id") == "n-jeanne");
        Assert.Equal("p-jeanne", Wire.Text(note, "authorId"));
    }

    [Fact]
    public async Task AddingTheSamePersonAgainAfterALostAnswerFindsThemInsteadOfAddingThemTwice()
    {
        var (session, tableA, _) = await SoireeAsync();

        var first = await AddAsync(session, session.AnimatorToken, "p-jeanne", "Jeanne", tableA);
        var again = await AddAsync(session, session.AnimatorToken, "p-jeanne", "Jeanne", tableA);

        Assert.Equal(first.ParticipantId, again.ParticipantId);
        Assert.NotEqual(first.Token, again.Token);
        Assert.Single(Wire.List(await _sessions.SnapshotAsync(session), "participants"));
        await using var tablet = await LiveClient.ConnectAsync(app.Server, first.Token, Protocol.Json);
        Assert.Equal("p-jeanne", (await tablet.SyncAsync(0)).Me.Id);
    }

    [Fact]
    public async Task ACoAnimatorCannotAddOrTakeOverSomeoneAtAnotherTable()
    {
        var (session, tableA, tableB) = await SoireeAsync();
        var coA = await _sessions.CoAnimatorLinkAsync(session, tableA);
        var coB = await _sessions.CoAnimatorLinkAsync(session, tableB);
        await AddAsync(session, coA.Token, "p-jeanne", "Jeanne", tableA);
        var version = Wire.Number(await _sessions.SnapshotAsync(session), "version");

        var elsewhere = await PostAsync($"/api/sessions/{session.SessionId}/assisted", coA.Token, new AssistedRequest("p-pierre", "Pierre", tableB));
        var takeOver = await PostAsync($"/api/sessions/{session.SessionId}/assisted/p-jeanne/token", coB.Token, null);

        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, takeOver.StatusCode);
        Assert.Equal(version, Wire.Number(await _sessions.SnapshotAsync(session), "version"));
    }

    [Fact]
    public async Task NobodyGetsATokenForSomeoneWhoJoinedWithTheirOwnPhone()
    {
        var (session, tableA, _) = await SoireeAsync();
        var lea = await _sessions.JoinAsync(session.JoinCode, "Léa", tableA);

        var byId = await PostAsync($"/api/sessions/{session.SessionId}/assisted/{lea.ParticipantId}/token", session.AnimatorToken, null);
        var byAdding = await PostAsync($"/api/sessions/{session.SessionId}/assisted", session.AnimatorToken, new AssistedRequest(lea.ParticipantId, "Léa", tableA));

        Assert.Equal(HttpStatusCode.Forbidden, byId.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAdding.StatusCode);
    }

    [Fact]
    public async Task AParticipantOrABoardCannotAddAnyone()
    {
        var (session, tableA, _) = await SoireeAsync();
        var lea = await _sessions.JoinAsync(session.JoinCode, "Léa", tableA);
        var board = await _sessions.BoardLinkAsync(session);

        foreach (var token in new[] { lea.Token, board.Token })
        {
            var response = await PostAsync($"/api/sessions/{session.SessionId}/assisted", token, new AssistedRequest("p-x", "X", tableA));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Single(Wire.List(await _sessions.SnapshotAsync(session), "participants"));
    }

    [Fact]
    public async Task ATokenForSomeoneAlreadyAddedLetsAReloadedConsoleCarryOn()
    {
        var (session, tableA, _) = await SoireeAsync();
        var coA = await _sessions.CoAnimatorLinkAsync(session, tableA);
        await AddAsync(session, coA.Token, "p-jeanne", "Jeanne", tableA);

        var response = await PostAsync($"/api/sessions/{session.SessionId}/assisted/p-jeanne/token", coA.Token, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fresh = (await response.Content.ReadFromJsonAsync<Joined>().DefaultTimeout())!;
        await using var tablet = await LiveClient.ConnectAsync(app.Server, fresh.Token, Protocol.Json);
        Assert.Equal("p-jeanne", (await tablet.SyncAsync(0)).Me.Id);
    }
}
