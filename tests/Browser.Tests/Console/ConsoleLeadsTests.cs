using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Api;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Console;

/// <summary>
/// A first-time animator on a 1366×768 laptop runs a standard evening from the console alone: one obvious next step
/// at a time, with words that say what it does; what cannot be undone asks first; the board opens in its own window;
/// secrets stay masked, and disappear while the laptop is mirrored on a second screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleLeadsTests(ServerFixture server, BrowserFixture browser)
{
    private static object StandardSession() => new
    {
        title = "Soirée créative du Pays de Beaume-Drobie",
        open = true,
        workshops = new object[]
        {
            new { id = "w-em", format = "emergence", title = "Se déplacer sans voiture", challenge = "Comment se déplacer sans voiture entre nos hameaux ?", theme = "Mobilité" },
            new { id = "w-conserverie", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie qui passe de ferme en ferme pour transformer les surplus.", needs = "Un camion, des bocaux" },
            new { id = "w-ressourcerie", format = "acceleration", title = "Ressourcerie de Joyeuse", holder = "Paul", pitch = "Réparer, revendre et apprendre à réparer au village.", needs = "Un local" },
            new { id = "w-es", format = "essaimage", title = "Épicerie itinérante", name = "L'épicerie qui roule", originTerritory = "Diois, Drôme", description = "Une épicerie dans un camion qui passe chaque semaine dans les hameaux.", successFactors = new[] { "Des producteurs partenaires" } },
        },
        tables = new object[] { new { name = "Table des fermes", workshop = 1 }, new { name = "Table de la réparation", workshop = 2 } },
    };

    [Fact]
    public async Task AFirstTimeAnimatorRunsTheSessionWithOneObviousNextStep()
    {
        var created = await server.Server.CreateSessionAsync(StandardSession());
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (console, errors) = await NewWatchedPageAsync(laptop);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var next = console.Locator(TestId("next-step"));

        // The first screen: where the room is and one next step, inside the laptop's viewport; no row of look-alike
        // "Démarrer" buttons to choose from.
        await Assertions.Expect(next).ToHaveTextAsync("Commencer : « Se déplacer sans voiture »", TextOptions).DefaultTimeout();
        await AssertInViewportAsync(console, next);
        await AssertInViewportAsync(console, console.Locator(TestId("open-screen")));
        Assert.Equal(0, await console.Locator(TestId("start-round")).CountAsync().DefaultTimeout());
        Assert.Equal(0, await console.GetByRole(AriaRole.Button, new() { Name = "Démarrer" }).Filter(new() { Visible = true }).CountAsync().DefaultTimeout());
        Assert.Equal(1, await next.CountAsync().DefaultTimeout());
        await ShotAsync(console, "console-1366-accueil");

        // Commencer: the cadrage runs; the next step says which étape comes and what ends.
        await next.ClickAsync().DefaultTimeout();
        await Assertions.Expect(Round(console, "w-em", "cadrage")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(next).ToHaveTextAsync("Démarrer « Idéation silencieuse » (6 min)", TextOptions).DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("next-step-detail"))).ToHaveTextAsync("Termine « Cadrage ».", TextOptions).DefaultTimeout();
        await AssertInViewportAsync(console, console.Locator(TestId("now")).Locator(TestId("countdown")));

        // Ending the cadrage early asks first; "Annuler" changes nothing.
        await next.ClickAsync().DefaultTimeout();
        await Assertions.Expect(console.Locator(".confirm-question")).ToContainTextAsync("« Cadrage » n'est pas finie", ContainsOptions).DefaultTimeout();
        await ShotAsync(console, "console-1366-confirm");
        await console.Locator(TestId("next-step-cancel")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(Round(console, "w-em", "cadrage")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();
        await ConfirmAsync(console, "next-step");
        await Assertions.Expect(Round(console, "w-em", "ideation")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();

        // "Terminer" the running étape also asks first.
        await console.Locator(TestId("now")).Locator(TestId("end-round")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("end-round-confirm"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await console.Locator(TestId("end-round-cancel")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(Round(console, "w-em", "ideation")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();

        // Through the émergence to its pistes: a sign-up étape with no piste warns before it starts.
        foreach (var round in new[] { "regroupement", "vote" })
        {
            await ConfirmAsync(console, "next-step");
            await Assertions.Expect(Round(console, "w-em", round)).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();
        }

        await Assertions.Expect(next).ToHaveTextAsync("Démarrer « Pistes » (5 min)", TextOptions).DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("next-step-warning"))).ToContainTextAsync("Aucune piste d'activité", ContainsOptions).DefaultTimeout();
        await ShotAsync(console, "console-1366-warning");
        await ConfirmAsync(console, "next-step");
        await Assertions.Expect(Round(console, "w-em", "pistes")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();

        // The last étape of the émergence: then the tables start together, each on its own workshop.
        await ConfirmAsync(console, "next-step");
        await Assertions.Expect(next).ToHaveTextAsync("Lancer les 2 tables", TextOptions).DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("next-step-detail"))).ToContainTextAsync("Table des fermes : « Conserverie mobile »", ContainsOptions).DefaultTimeout();
        await next.ClickAsync().DefaultTimeout();
        await Assertions.Expect(Round(console, "w-conserverie", "pitch")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(Round(console, "w-ressourcerie", "pitch")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("table-now"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();

        // Bringing the room back to plenary is one step, and asks since the tables have not finished.
        await Assertions.Expect(next).ToHaveTextAsync("Ramener toute la salle en plénière : « Épicerie itinérante »", TextOptions).DefaultTimeout();
        await ShotAsync(console, "console-1366-tables");
        await next.ClickAsync().DefaultTimeout();
        await Assertions.Expect(console.Locator(".confirm-question")).ToContainTextAsync("Table des fermes", ContainsOptions).DefaultTimeout();
        await console.Locator(TestId("next-step-confirm")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(Round(console, "w-es", "presentation")).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();
        var snapshot = await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken);
        Assert.Equal("w-es", snapshot.GetProperty("session").GetProperty("currentWorkshopId").GetString());
        await ShotAsync(console, "console-1366-plenary");
        errors.AssertNone();
    }

    [Fact]
    public async Task TheBoardOpensInItsOwnWindowAgainAfterTheConsoleIsReopened()
    {
        var created = await server.Server.CreateSessionAsync(StandardSession());
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (console, errors) = await NewWatchedPageAsync(laptop);

        foreach (var visit in new[] { "first", "reopened" })
        {
            await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
            var popup = console.Context.WaitForPageAsync();
            await console.Locator(TestId("open-screen")).ClickAsync().DefaultTimeout();
            var board = await popup.DefaultTimeout();
            await Assertions.Expect(board).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/b/"), new() { Timeout = 15_000 }).DefaultTimeout();
            await Assertions.Expect(board.Locator(TestId("workshop-title"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
            Assert.Contains("#", board.Url, StringComparison.Ordinal);
            await board.CloseAsync().DefaultTimeout();
            Assert.True(visit.Length > 0);
        }

        // Each table's screen opens the same way, and shows its table's workshop.
        var tablePopup = console.Context.WaitForPageAsync();
        await console.Locator(TestId("open-table-screen")).First.ClickAsync().DefaultTimeout();
        var tableBoard = await tablePopup.DefaultTimeout();
        await Assertions.Expect(tableBoard).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/b/"), new() { Timeout = 15_000 }).DefaultTimeout();
        await Assertions.Expect(tableBoard.Locator(TestId("workshop-title"))).ToHaveTextAsync("Conserverie mobile", TextOptions).DefaultTimeout();
        errors.AssertNone();
    }

    [Fact]
    public async Task SecretsStayMaskedAndCannotBeShownWhileASecondScreenIsAttached()
    {
        var created = await server.Server.CreateSessionAsync(StandardSession());
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        // The browser tells pages about a second screen through Screen.isExtended and a "change" event; the test
        // plugs one in by answering that property itself.
        await laptop.AddInitScriptAsync("""
            Object.defineProperty(Screen.prototype, 'isExtended', { configurable: true, get() { return window.__secondScreen === true; } });
            """).DefaultTimeout();
        var (console, errors) = await NewWatchedPageAsync(laptop);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var tableId = (await console.Locator(TestId("coanimator-link")).First.GetAttributeAsync("data-table-id").DefaultTimeout())!;

        // A volunteer left an e-mail and a phone number with consent.
        await SignUpWithContactAsync(created, tableId);
        await console.Locator(TestId("board-link")).ClickAsync().DefaultTimeout();
        await console.Locator(TestId("coanimator-link")).First.ClickAsync().DefaultTimeout();
        var boardUrl = console.Locator(TestId("board-url"));
        var coUrl = console.Locator(TestId("coanimator-url"));
        await Assertions.Expect(boardUrl).ToHaveAttributeAsync("data-revealed", "false", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(coUrl).ToHaveAttributeAsync("data-revealed", "false", AttributeOptions).DefaultTimeout();
        var page = await console.ContentAsync().DefaultTimeout();
        Assert.DoesNotContain("/b/", await console.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        Assert.DoesNotContain("@", await console.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        Assert.DoesNotContain("06 12", page, StringComparison.Ordinal);
        await ShotAsync(console, "console-1366-secrets-masked");

        // Asked for, the board's link shows.
        await console.Locator(".link-result", new() { Has = boardUrl }).Locator(TestId("reveal-secret")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(boardUrl).ToContainTextAsync("/b/", ContainsOptions).DefaultTimeout();

        // A second screen is plugged in: everything secret goes, and nothing can show it.
        await console.EvaluateAsync("() => { window.__secondScreen = true; screen.dispatchEvent(new Event('change')); }").DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("presenting"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(boardUrl).ToHaveAttributeAsync("data-revealed", "false", AttributeOptions).DefaultTimeout();
        Assert.Equal(0, await console.Locator(TestId("reveal-secret")).CountAsync().DefaultTimeout());
        var text = await console.Locator("body").InnerTextAsync().DefaultTimeout();
        Assert.DoesNotContain("/b/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/t/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        await ShotAsync(console, "console-1366-presenting");
        errors.AssertNone();
    }

    /// <summary>Léa joins at a table, the animator makes a piste of the émergence, and Léa signs up with her contact.</summary>
    private async Task SignUpWithContactAsync(CreatedSession created, string tableId)
    {
        await using var hall = HallSeeder.For(server.Server, created);
        var lea = (await hall.JoinAsync(1, tableId, "Léa"))[0];
        await hall.StartRoundAsync("w-em", "pistes");
        await hall.AsAnimatorAsync("PromoteToPiste", "w-em", "p-navette", null, "Une navette entre les hameaux");
        await hall.AsParticipantAsync(lea, "SignUp", "p-navette", true, "Léa Martin", "lea.martin@example.org", "06 12 34 56 78");
    }

    /// <summary>A full-page screenshot taken from the top, where the sticky header belongs.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)").DefaultTimeout();
        await Screenshots.SaveAsync(page, name);
    }

    private static async Task AssertInViewportAsync(IPage page, ILocator locator)
    {
        var box = await locator.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("Not rendered.");
        var viewport = page.ViewportSize!;
        Assert.True(box.Y >= 0 && box.Y + box.Height <= viewport.Height && box.X >= 0 && box.X + box.Width <= viewport.Width,
            $"Outside the first screen: {box.X},{box.Y} {box.Width}×{box.Height} in {viewport.Width}×{viewport.Height}.");
    }
}
