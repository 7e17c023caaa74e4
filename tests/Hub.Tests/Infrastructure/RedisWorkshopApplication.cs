namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The app on a real redis-server, its fake clock started at the real time: Redis expires keys on its own clock, so
/// an expiry the server computes must be near it.
/// </summary>
public sealed class RedisWorkshopApplication(RedisServerFixture redis) : WorkshopApplication(DateTimeOffset.UtcNow)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = redis.Configuration,
    };
}
