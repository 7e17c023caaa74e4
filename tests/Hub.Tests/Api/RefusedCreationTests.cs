using System.Net;
using System.Net.Http.Json;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Api;

/// <summary>
/// Creating a soirée is open to anyone: a refused creation must leave nothing behind in the store, not even a join
/// code, or refused requests would fill it.
/// </summary>
public sealed class RefusedCreationTests(FailingAppendApplication app) : IClassFixture<FailingAppendApplication>
{
    [Fact]
    public async Task ARefusedRunOfShowReservesNoJoinCode()
    {
        var evening = new SessionClient(app.CreateClient());
        var before = app.Store.JoinCodeReservations;

        var refused = await evening.Http.PostAsJsonAsync("/api/sessions", new
        {
            title = "Soirée",
            workshops = new object[] { new { format = "emergence", title = "Défi", challenge = "Comment ?" }, new { format = "brainstorm", title = "?" } },
        }).DefaultTimeout();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, app.Store.JoinCodeReservations);

        var created = await evening.CreateAsync();
        Assert.Equal(before + 1, app.Store.JoinCodeReservations);
        Assert.Equal(created.JoinCode, Wire.Text(await evening.SnapshotAsync(created), "joinCode"));
    }
}
