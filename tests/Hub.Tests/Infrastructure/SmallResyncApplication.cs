namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>The app with a resync limit of 10 events and a snapshot every 10 events, to reach both paths quickly.</summary>
public sealed class SmallResyncApplication : WorkshopApplication
{
    public const int Limit = 10;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Workshop:ResyncEventLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Workshop:SnapshotEvery"] = "10",
    };
}
