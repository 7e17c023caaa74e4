using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Setup;

public sealed class ChromiumTests
{
    [Fact]
    public void MissingChromiumFailsSayingHowToInstallIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-chromium-" + Guid.NewGuid().ToString("N"), "chromium");

        var error = Assert.Throws<InvalidOperationException>(() => Chromium.Require(path));

        Assert.Equal($"Chromium not found at {path}: apt-get install chromium", error.Message);
    }

    [Fact]
    public void HostResolverRuleIsOneArgumentWithoutShellQuotes()
    {
        Assert.Contains("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", Chromium.Arguments);
        Assert.DoesNotContain(Chromium.Arguments, argument => argument.Contains('"', StringComparison.Ordinal) || argument.StartsWith("--user-data-dir", StringComparison.Ordinal));
    }
}
