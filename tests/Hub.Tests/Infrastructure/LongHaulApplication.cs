namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The app with its periodic work (round clock, refresh, retention sweep) every hour, so a test can move the fake
/// clock by months without firing a 100 ms timer millions of times.
/// </summary>
public sealed class LongHaulApplication : WorkshopApplication
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Workshop:ClockPeriod"] = "01:00:00",
        ["Workshop:ClockRefreshPeriod"] = "01:00:00",
        ["Workshop:RetentionSweepPeriod"] = "01:00:00",
    };
}
