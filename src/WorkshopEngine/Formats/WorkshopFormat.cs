namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>The three workshop formats of a soirée créative.</summary>
public enum WorkshopFormat
{
    /// <summary>Unexpected solutions to a challenge that concerns everyone.</summary>
    Emergence,
    /// <summary>The room enriches a local holder's project.</summary>
    Acceleration,
    /// <summary>A project from another territory adapted to local realities.</summary>
    Essaimage,
}
