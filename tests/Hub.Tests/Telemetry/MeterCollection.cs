namespace StartupTerritoire.Server.Tests.Telemetry;

/// <summary>
/// Tests that count what the product's meter and spans saw. Meters and activity sources are listened to by name, in
/// the whole process, so these run alone: another test's server in the same process would add to the counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeterCollection
{
    public const string Name = "Product meter";
}
