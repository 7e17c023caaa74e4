using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisSessionStoreTests(RedisServerFixture redis) : SessionStoreContractTests
{
    protected override ISessionStore CreateStore() => new RedisSessionStore(redis.Connection);

    [Fact]
    public async Task SessionKeysVanishOnceTheExpiryPasses()
    {
        var session = await SeedSessionAsync();
        await Store.SetExpiryAsync(session.Id, DateTimeOffset.UtcNow.AddSeconds(1)).DefaultTimeout();

        // Written after the expiry was set: these must inherit it rather than outlive the session.
        var lateCredential = NewId("hash");
        await Store.AppendAsync(session.Id, 3, Notes(4, 1), NewId("request")).DefaultTimeout();
        await Store.SaveCredentialAsync(new Credential(lateCredential, session.Id, Role.Participant, "participant-9", "table-1", At)).DefaultTimeout();

        await Eventually.TrueAsync(
            async () => await Store.GetVersionAsync(session.Id) == 0
                && await Store.LoadSnapshotAsync(session.Id) is null
                && await Store.FindSessionByJoinCodeAsync(session.JoinCode) is null
                && await Store.FindCredentialAsync(session.TokenHash) is null
                && await Store.FindCredentialAsync(lateCredential) is null,
            TimeSpan.FromSeconds(5),
            "the session's keys should expire one second after the expiry was set");

        Assert.Equal(1, await Store.PurgeExpiredAsync(DateTimeOffset.UtcNow).DefaultTimeout());
        await AssertGoneAsync(session);
    }

    [Fact]
    public async Task AppendedEventsSurviveTheServerBeingKilled()
    {
        var session = NewId("session");
        var events = Notes(1, 5);
        await Store.AppendAsync(session, 0, events, NewId("request")).DefaultTimeout();

        await redis.RestartAsync().DefaultTimeout(TimeSpan.FromSeconds(20));

        IReadOnlyList<WorkshopEngine.Events.StoredEvent> read = [];
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    read = await Store.ReadEventsAsync(session, 0, 100);
                    return true;
                }
                catch (StackExchange.Redis.RedisConnectionException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(10),
            "the connection should come back after the restart");
        AssertSameEvents(events, read);
    }

    [Fact]
    public async Task StoreIsReady()
    {
        Assert.True(await Store.IsReadyAsync().DefaultTimeout());
    }
}
