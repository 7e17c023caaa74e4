namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>The app on SQLite with idle soirées leaving memory after a minute of its fake clock.</summary>
public sealed class IdleEvictionApplication : WorkshopApplication
{
    public static readonly TimeSpan IdleEviction = TimeSpan.FromMinutes(1);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Workshop:IdleEviction"] = IdleEviction.ToString(),
    };
}
