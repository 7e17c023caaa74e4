namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>The tests that share one real redis-server; they run one after another, so one may restart it.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "Redis server";
}
