using System.Net;
using System.Net.Http.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Api;

public sealed class TableScreenLinkTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    private static object TwoTables() => new
    {
        title = "Soirée",
        open = true,
        workshops = new object[]
        {
            new { id = "wa", format = "emergence", title = "Se loger", challenge = "Comment loger les saisonniers ?" },
            new { id = "wb", format = "emergence", title = "Se nourrir", challenge = "Comment manger local ?" },
        },
        tables = new object[] { new { name = "Table 1", workshop = 0 }, new { name = "Table 2", workshop = 1 } },
    };

    private async Task<HttpResponseMessage> BoardLinkAsync(string sessionId, string token, string? tableId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/links/board") { Content = JsonContent.Create(new LinkRequest(tableId)) };
        request.Headers.Authorization = new("Bearer", token);
        return await _sessions.Http.SendAsync(request).DefaultTimeout();
    }

    [Fact]
    public async Task ACoAnimatorOpensTheScreenOfTheirOwnTable()
    {
        var session = await _sessions.CreateAsync(TwoTables());
        var tableA = Wire.Text(Wire.List(await _sessions.SnapshotAsync(session), "tables")[0], "id")!;
        var coA = await _sessions.CoAnimatorLinkAsync(session, tableA);

        var response = await BoardLinkAsync(session.SessionId, coA.Token, tableA);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = (await response.Content.ReadFromJsonAsync<CreatedLink>().DefaultTimeout())!;
        Assert.Equal(tableA, link.TableId);
        await using var board = await LiveClient.ConnectAsync(app.Server, link.Token, Protocol.Json);
        var me = (await board.SyncAsync(0)).Me;
        Assert.Equal("board", me.Role);
        Assert.Equal(tableA, me.TableId);
    }

    [Fact]
    public async Task ACoAnimatorCannotOpenTheMainScreenOrAnotherTablesScreen()
    {
        var session = await _sessions.CreateAsync(TwoTables());
        var tables = Wire.List(await _sessions.SnapshotAsync(session), "tables");
        var tableA = Wire.Text(tables[0], "id")!;
        var tableB = Wire.Text(tables[1], "id")!;
        var coA = await _sessions.CoAnimatorLinkAsync(session, tableA);

        Assert.Equal(HttpStatusCode.Forbidden, (await BoardLinkAsync(session.SessionId, coA.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await BoardLinkAsync(session.SessionId, coA.Token, tableB)).StatusCode);
    }

    [Fact]
    public async Task AReplacedCoAnimatorNoLongerOpensTheTablesScreen()
    {
        var session = await _sessions.CreateAsync(TwoTables());
        var tableA = Wire.Text(Wire.List(await _sessions.SnapshotAsync(session), "tables")[0], "id")!;
        var former = await _sessions.CoAnimatorLinkAsync(session, tableA);
        await _sessions.CoAnimatorLinkAsync(session, tableA);

        Assert.Equal(HttpStatusCode.Forbidden, (await BoardLinkAsync(session.SessionId, former.Token, tableA)).StatusCode);
    }
}
