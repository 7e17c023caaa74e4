namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>The tests that need the server but no browser (the QR code), so a missing Chromium does not fail them.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Server";
}
