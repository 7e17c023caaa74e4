using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// "Préparer une démarche" on the home page: a name is asked for, then the démarche is made and its coordinator lands
/// on its page with the four phases, the link kept on the device and gone from the address bar.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HomeDemarcheTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task PreparingADemarcheFromTheHomePageLandsOnTheCoordinatorsPageWithItsPhases()
    {
        const string Name = "Start'up de Territoire Ardèche méridionale 2026";
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (page, errors) = await NewWatchedPageAsync(laptop);
        await page.GotoAsync(server.Server.Url("/")).DefaultTimeout();
        await page.Locator(TestId("demarche-block")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("demarche-block"))).ToHaveTextAsync("Préparer une démarche", TextOptions).DefaultTimeout();

        // Without a name, it says so.
        await page.Locator(TestId("demarche-create")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("demarche-error"))).ToHaveTextAsync("Donnez un nom à la démarche.", TextOptions).DefaultTimeout();
        Assert.Equal(server.Server.Url("/"), page.Url);

        await page.Locator("#demarche-name").FillAsync(Name).DefaultTimeout();
        await page.Locator("#demarche-territory").FillAsync("Privas, Aubenas et la vallée de l'Eyrieux").DefaultTimeout();
        await page.Locator(TestId("demarche-create")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-demarche-1-laptop-form-1366", fullPage: false);
        await page.Locator(TestId("demarche-create")).ClickAsync().DefaultTimeout();

        // The coordinator's page: its name, the role, the four phases to do; the token kept off the address bar.
        await Assertions.Expect(page.Locator("h1" + TestId("demarche-name"))).ToHaveTextAsync(Name, TextOptions).DefaultTimeout();
        Assert.Matches("/d/demarche-[A-Za-z0-9_-]+$", page.Url);
        await Assertions.Expect(page.Locator(TestId("my-role"))).ToHaveAttributeAsync("data-role", "coordinateur", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("demarche-territory"))).ToHaveTextAsync("Privas, Aubenas et la vallée de l'Eyrieux", TextOptions).DefaultTimeout();
        string[] phases = ["1. Mobilisation", "2. Soirée créative", "3. Groupes de travail", "4. Lancement"];
        for (var n = 1; n <= 4; n++)
        {
            var phase = page.Locator(TestId($"phase-{n}"));
            await Assertions.Expect(phase).ToHaveAttributeAsync("data-status", "aFaire", AttributeOptions).DefaultTimeout();
            await Assertions.Expect(phase).ToContainTextAsync(phases[n - 1], ContainsOptions).DefaultTimeout();
            await ConsultationOnAPhoneTests.AssertOnScreenAndReadableAsync(page, phase.Locator(".phase-name"));
        }

        await Assertions.Expect(page.Locator(TestId("consultation-state"))).ToHaveAttributeAsync("data-open", "true", AttributeOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-demarche-2-laptop-landed-1366", fullPage: false);

        // The page opens again from this laptop without the link.
        await page.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("phase-1"))).ToHaveAttributeAsync("data-status", "aFaire", AttributeOptions).DefaultTimeout();
        errors.AssertNone();
    }
}
