using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Groups;

/// <summary>A working group nobody used for the idle period leaves the node's memory and comes back from the store as it was.</summary>
public sealed class GroupIdleEvictionTests(IdleEvictionApplication app) : IClassFixture<IdleEvictionApplication>
{
    [Fact]
    public async Task AnIdleGroupLeavesMemoryAndItsNextUseFindsItAsItWasAndGoesOn()
    {
        var groups = new GroupClient(app.CreateClient());
        var group = await groups.CreateAsync("Navette des hameaux", null);
        var member = await groups.JoinAsync(group.JoinCode, "Odile");
        var written = await groups.OkAsync(HttpMethod.Put, $"/api/groups/{group.GroupId}/canvas/i-1", member.Token, new CanvasItemRequest("proposition", "Un minibus partagé"));
        var before = (await groups.PageAsync(group.GroupId, member.Token)).GetRawText();
        var registry = app.Services.GetRequiredService<GroupRegistry>();
        Assert.True(registry.Holds(group.GroupId));

        app.Time.Advance(IdleEvictionApplication.IdleEviction * 1.5);
        await Eventually.TrueAsync(() => Task.FromResult(!registry.Holds(group.GroupId)), TimeSpan.FromSeconds(10), "an idle group should leave memory");

        Assert.Equal(before, (await groups.PageAsync(group.GroupId, member.Token)).GetRawText());
        Assert.True(registry.Holds(group.GroupId));
        var next = await groups.OkAsync(HttpMethod.Put, $"/api/groups/{group.GroupId}/canvas/i-2", member.Token, new CanvasItemRequest("segments", "Les anciens des hameaux"));
        Assert.Equal(written.Version + 1, next.Version);
    }
}
