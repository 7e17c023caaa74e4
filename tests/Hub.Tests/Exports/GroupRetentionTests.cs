using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// A working group lives as long as it works: its retention counts from its closure, not from the evening it came
/// from; once purged, the node holding it forgets it and its links open nothing.
/// </summary>
public sealed class GroupRetentionTests(LongHaulApplication app) : IClassFixture<LongHaulApplication>
{
    [Fact]
    public async Task AGroupIsKeptWhileOpenAndPurgedNinetyDaysAfterItsClosureFromTheStoreAndTheNodesMemory()
    {
        var groups = new GroupClient(app.CreateClient());
        var open = await groups.CreateAsync("Navette des hameaux", null);
        var closing = await groups.CreateAsync("Conserverie solidaire", null);
        var seat = GroupClient.Token(closing.Seats[0]);
        var member = await groups.JoinAsync(closing.JoinCode, "Odile");
        await groups.OkAsync(HttpMethod.Put, $"/api/groups/{closing.GroupId}/canvas/i-1", member.Token, new CanvasItemRequest("couts", "Un autoclave"));
        await groups.OkAsync(HttpMethod.Post, $"/api/groups/{closing.GroupId}/close", seat, new CloseRequest("Lancé : la conserverie ouvre en mars"));
        var store = app.Services.GetRequiredService<ISessionStore>();
        var registry = app.Services.GetRequiredService<GroupRegistry>();

        app.Time.Advance(TimeSpan.FromDays(90) - TimeSpan.FromHours(2));
        await Task.Delay(200);
        Assert.True(await store.GetVersionAsync(closing.GroupId) > 0, "kept until 90 days have passed since its closure");
        Assert.Equal(HttpStatusCode.OK, (await groups.SendAsync(HttpMethod.Get, $"/api/groups/{closing.GroupId}", member.Token, null)).StatusCode);

        app.Time.Advance(TimeSpan.FromHours(3));
        await Eventually.TrueAsync(async () => await store.GetVersionAsync(closing.GroupId) == 0, TimeSpan.FromSeconds(10),
            "the retention sweep should purge the group once 90 days have passed since its closure");
        await Eventually.TrueAsync(() => Task.FromResult(!registry.HeldClosedIds.Contains(closing.GroupId)), TimeSpan.FromSeconds(10),
            "the node should stop holding the purged group");
        Assert.Equal(HttpStatusCode.Unauthorized, (await groups.SendAsync(HttpMethod.Get, $"/api/groups/{closing.GroupId}", member.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await groups.SendAsync(HttpMethod.Get, $"/api/groups/{closing.GroupId}", seat, null)).StatusCode);

        // The group that still works is still there, whatever its age.
        Assert.True(await store.GetVersionAsync(open.GroupId) > 0);
        Assert.Equal(HttpStatusCode.OK, (await groups.SendAsync(HttpMethod.Get, $"/api/groups/{open.GroupId}", GroupClient.Token(open.Seats[0]), null)).StatusCode);
    }
}
