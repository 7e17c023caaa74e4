using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Home;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task HomePageLoadsUnderItsContentSecurityPolicyWithoutErrors()
    {
        await using var context = await browser.DesktopContextAsync();
        var page = await context.NewPageAsync().DefaultTimeout();
        var errors = PageErrors.Watch(page);

        var response = await page.GotoAsync(server.Server.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle }).DefaultTimeout();

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        var headers = await response.AllHeadersAsync().DefaultTimeout();
        Assert.True(headers.TryGetValue("content-security-policy", out var policy), "The page has no Content-Security-Policy header.");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang").DefaultTimeout());
        // The bundle ran: it rendered into #app.
        await page.WaitForFunctionAsync("() => document.getElementById('app')?.childElementCount > 0").DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-desktop");
        errors.AssertNone();
    }

    [Fact]
    public async Task HomePageHasNoSeriousAccessibilityViolationsOnAPhone()
    {
        await using var context = await browser.PhoneContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync().DefaultTimeout();

        await page.GotoAsync(server.Server.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle }).DefaultTimeout();

        await Axe.AssertNoSeriousViolationsAsync(page);
        Assert.Equal(390, await page.EvaluateAsync<int>("() => window.innerWidth").DefaultTimeout());
    }

    [Fact]
    public async Task ACodeTypedHoweverOnTheHomePageOpensTheJoinPageAndANonCodeIsExplained()
    {
        var created = await server.Server.CreateSessionAsync(new { title = "Soirée du four à pain", open = true });
        await using var context = await browser.PhoneContextAsync();
        var page = await context.NewPageAsync().DefaultTimeout();
        var errors = PageErrors.Watch(page);
        await page.GotoAsync(server.Server.Url("/")).DefaultTimeout();

        await page.Locator(LiveSteps.TestId("join-code-input")).FillAsync("B0L-1").DefaultTimeout();
        await page.Locator(LiveSteps.TestId("join-with-code")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(LiveSteps.TestId("join-code-error"))).Not.ToBeEmptyAsync().DefaultTimeout();
        Assert.Equal(server.Server.Url("/"), page.Url);

        var typed = $"{created.JoinCode[..4].ToLowerInvariant()} - {created.JoinCode[4..].ToLowerInvariant()}";
        await page.Locator(LiveSteps.TestId("join-code-input")).FillAsync(typed).DefaultTimeout();
        await page.Locator(LiveSteps.TestId("join-with-code")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page).ToHaveURLAsync(server.Server.Url("/j/" + created.JoinCode), new() { Timeout = (float)LiveSteps.Patience.TotalMilliseconds }).DefaultTimeout();
        await Assertions.Expect(page.Locator(LiveSteps.TestId("nickname"))).ToBeVisibleAsync(LiveSteps.VisibleOptions).DefaultTimeout();
        errors.AssertNone();
    }
}
