using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Telemetry;

/// <summary>The server with a small note budget, so a flood is refused within a test.</summary>
public sealed class MeteredApplication : WorkshopApplication
{
    public const int NoteBurst = 3;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Workshop:NoteBurst"] = NoteBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Workshop:NotesPerMinute"] = "1",
    };
}
