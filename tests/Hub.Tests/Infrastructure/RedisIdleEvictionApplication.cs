namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>The app on a real redis-server with idle soirées leaving memory after a minute of its fake clock.</summary>
public sealed class RedisIdleEvictionApplication(RedisServerFixture redis) : WorkshopApplication(DateTimeOffset.UtcNow)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = redis.Configuration,
        ["Workshop:IdleEviction"] = IdleEvictionApplication.IdleEviction.ToString(),
    };
}
