namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>The tests that drive pages: one server and one Chromium for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
