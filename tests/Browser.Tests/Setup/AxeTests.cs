using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Setup;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task AxeReportsAnUnlabelledInputAsASeriousViolation()
    {
        await using var context = await browser.DesktopContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync().DefaultTimeout();
        await page.GotoAsync(server.Server.Url("/")).DefaultTimeout();
        await page.EvaluateAsync("() => document.body.append(Object.assign(document.createElement('input'), { id: 'unlabelled' }))").DefaultTimeout();

        var violations = await Axe.SeriousViolationsAsync(page);

        var label = Assert.Single(violations, violation => violation.Id == "label");
        Assert.Contains(label.Targets, target => target.Contains("#unlabelled", StringComparison.Ordinal));
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Axe.AssertNoSeriousViolationsAsync(page));
        Assert.Contains("#unlabelled", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AxeRefusesToRunWhereThePolicyBlocksItsScript()
    {
        await using var context = await browser.DesktopContextAsync();
        var page = await context.NewPageAsync().DefaultTimeout();
        await page.GotoAsync(server.Server.Url("/")).DefaultTimeout();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Axe.SeriousViolationsAsync(page));
        Assert.Contains("bypassCsp: true", error.Message, StringComparison.Ordinal);
    }
}
