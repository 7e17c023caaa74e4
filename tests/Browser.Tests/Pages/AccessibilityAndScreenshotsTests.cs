using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Api;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Pages;

/// <summary>
/// The live pages in the states people actually see them, checked with axe-core (no serious or critical violation)
/// and saved as screenshots in TestResults/screenshots for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityAndScreenshotsTests(ServerFixture server, BrowserFixture browser)
{
    private const string Challenge = "Comment nourrir le village avec ce qui pousse autour ?";

    [Fact]
    public async Task PhoneHasNoSeriousAccessibilityViolationsWhileWritingANoteNorWhileVoting()
    {
        var created = await CreateEmergenceAsync("Soirée accessible au téléphone");
        await using var consoleContext = await browser.DesktopContextAsync(1440, 900);
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        await using var phoneContext = await browser.PhoneContextAsync(bypassCsp: true);
        var (phone, phoneErrors) = await NewWatchedPageAsync(phoneContext);
        await JoinAsync(phone, Absolute(server.Server, created.JoinUrl), "Camille");

        await StartRoundAsync(console, "w-em", "ideation");
        await Assertions.Expect(phone.Locator(TestId("round-name"))).ToHaveTextAsync("Idéation silencieuse", TextOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("note-text"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await WriteNoteAsync(phone, null, "Une cantine qui achète aux fermes d'à côté");
        await MySentNoteAsync(phone, "Une cantine qui achète aux fermes d'à côté");
        await phone.Locator(TestId("note-text")).FillAsync("Un marché le dimanche").DefaultTimeout();

        await Axe.AssertNoSeriousViolationsAsync(phone);
        await Screenshots.SaveAsync(phone, "phone-composer");

        await StartRoundAsync(console, "w-em", "regroupement");
        await StartRoundAsync(console, "w-em", "vote");
        var target = phone.Locator(TestId("vote-target"));
        await Assertions.Expect(target).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await target.Locator(TestId("vote-add")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(target).ToHaveAttributeAsync("data-count", "1", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("votes-left"))).ToHaveTextAsync("2", TextOptions).DefaultTimeout();

        await Axe.AssertNoSeriousViolationsAsync(phone);
        await Screenshots.SaveAsync(phone, "phone-votes");
        phoneErrors.AssertNone();
        consoleErrors.AssertNone();
    }

    [Fact]
    public async Task BoardAndConsoleHaveNoSeriousAccessibilityViolationsWithRevealedNotesAndACluster()
    {
        var created = await CreateEmergenceAsync("Soirée accessible à l'écran");
        await using var consoleContext = await browser.DesktopContextAsync(1440, 900, bypassCsp: true);
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var boardUrl = await BoardUrlAsync(server.Server, console);
        await using var boardContext = await browser.DesktopContextAsync(1920, 1080, bypassCsp: true);
        var (board, boardErrors) = await NewWatchedPageAsync(boardContext);
        await board.GotoAsync(boardUrl).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("workshop-title"))).ToHaveTextAsync("Nourrir le village", TextOptions).DefaultTimeout();

        await using var firstContext = await browser.PhoneContextAsync();
        await using var secondContext = await browser.PhoneContextAsync();
        var (first, firstErrors) = await NewWatchedPageAsync(firstContext);
        var (second, secondErrors) = await NewWatchedPageAsync(secondContext);
        var joinUrl = Absolute(server.Server, created.JoinUrl);
        await JoinAsync(first, joinUrl, "Camille");
        await JoinAsync(second, joinUrl, "Yanis");
        await Assertions.Expect(board.Locator(TestId("participant-count"))).ToContainTextAsync("2", ContainsOptions).DefaultTimeout();

        // Silent ideation: the board only counts the hidden notes.
        await StartRoundAsync(console, "w-em", "ideation");
        var notes = new[] { "Des jardins partagés derrière l'école", "Une légumerie pour les cantines", "Un marché de producteurs le dimanche" };
        await WriteNoteAsync(first, null, notes[0]);
        await WriteNoteAsync(second, null, notes[1]);
        await WriteNoteAsync(first, null, notes[2]);
        await Assertions.Expect(console.Locator(TestId("console-note"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("hidden-count"))).ToHaveTextAsync("3", TextOptions).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("board-note"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();

        // Regroupement reveals them; the animator groups two of them.
        await StartRoundAsync(console, "w-em", "regroupement");
        await Assertions.Expect(board.Locator(TestId("board-note"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        var clusterId = await CreateClusterAsync(console, "Circuits courts");
        await PlaceNoteAsync(console, notes[1], clusterId, "Circuits courts");
        await PlaceNoteAsync(console, notes[2], clusterId, "Circuits courts");
        var cluster = board.Locator(TestId("board-cluster", $"[data-cluster-id='{clusterId}']"));
        await Assertions.Expect(cluster.Locator(TestId("cluster-title"))).ToHaveTextAsync("Circuits courts", TextOptions).DefaultTimeout();
        await Assertions.Expect(cluster.Locator(TestId("board-note"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("board-note"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();

        await Axe.AssertNoSeriousViolationsAsync(board);
        await Screenshots.SaveAsync(board, "board-1920x1080");
        await board.SetViewportSizeAsync(1280, 720).DefaultTimeout();
        await Assertions.Expect(cluster).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(board);
        await Screenshots.SaveAsync(board, "board-1280x720");

        await Assertions.Expect(console.Locator(TestId("console-cluster"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(console);
        // From the top: the header is sticky, and a full-page picture taken scrolled down would show it mid-page.
        await console.EvaluateAsync("() => window.scrollTo(0, 0)").DefaultTimeout();
        await Screenshots.SaveAsync(console, "console");

        foreach (var errors in new[] { consoleErrors, boardErrors, firstErrors, secondErrors })
        {
            errors.AssertNone();
        }
    }

    private Task<CreatedSession> CreateEmergenceAsync(string title) => server.Server.CreateSessionAsync(new
    {
        title,
        open = true,
        workshops = new object[]
        {
            new { id = "w-em", format = "emergence", title = "Nourrir le village", challenge = Challenge, theme = "Alimentation" },
        },
    });
}
