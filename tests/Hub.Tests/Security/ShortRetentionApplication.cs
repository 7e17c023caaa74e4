using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>
/// The server keeping closed soirées for one minute and sweeping every second, so a test purges one by advancing the
/// fake clock a little (advancing it by months would run every periodic timer for every period in between).
/// </summary>
public sealed class ShortRetentionApplication : WorkshopApplication
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(1);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Workshop:Retention"] = "00:01:00",
        ["Workshop:RetentionSweepPeriod"] = "00:00:01",
    };
}
