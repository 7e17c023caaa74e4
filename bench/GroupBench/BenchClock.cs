namespace StartupTerritoire.GroupBench;

/// <summary>A clock the writer moves through the group's two years, so its events carry the instants a real log would.</summary>
internal sealed class BenchClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
