using System.Net;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>Retention and deletion of a soirée on the Redis store, through the real server.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisRetentionTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly RedisWorkshopApplication _app = new(redis);

    [Fact]
    public async Task ClosingASessionMakesItsRedisKeysExpireNinetyDaysLater()
    {
        var sessions = new SessionClient(_app.CreateClient());
        var created = await sessions.CreateAsync();
        await using var console = await LiveClient.ConnectAsync(_app.Server, created.AnimatorToken, Protocol.Json);
        Assert.Null(await redis.Connection.GetDatabase().KeyTimeToLiveAsync(RedisKeys.Events(created.SessionId)).DefaultTimeout());

        await console.InvokeAsync("CloseSession");

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(RedisKeys.Events(created.SessionId)).DefaultTimeout();
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromDays(90) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(90) + TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task DeletingASessionRemovesItsRedisKeysAtOnce()
    {
        var sessions = new SessionClient(_app.CreateClient());
        var created = await sessions.CreateAsync();
        var db = redis.Connection.GetDatabase();
        Assert.True(await db.KeyExistsAsync(RedisKeys.Events(created.SessionId)));

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{created.SessionId}");
        request.Headers.Authorization = new("Bearer", created.AnimatorToken);
        using var response = await sessions.Http.SendAsync(request).DefaultTimeout();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await db.KeyExistsAsync(RedisKeys.Events(created.SessionId)));
        Assert.False(await db.KeyExistsAsync(RedisKeys.Snapshot(created.SessionId)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
