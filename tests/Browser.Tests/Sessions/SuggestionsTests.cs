using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Sessions;

/// <summary>
/// The animator asks the server to group the revealed notes of an émergence, reads the suggested groups in the
/// console and accepts them: only then do the regroupements appear, in the console and on the board.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SuggestionsTests(ServerFixture server, BrowserFixture browser)
{
    private static readonly string[] s_carpooling =
    [
        "Organiser du covoiturage entre voisins",
        "Partager sa voiture avec les voisins pour le covoiturage du matin",
        "Un autostop organisé, comme un covoiturage entre voisins",
    ];

    private static readonly string[] s_solar =
    [
        "Des panneaux solaires sur le toit de l'école",
        "Une coopérative photovoltaïque de panneaux solaires",
        "Un toit solaire sur la salle des fêtes, avec des panneaux solaires",
    ];

    [Fact]
    public async Task SuggestedGroupsOfRevealedNotesBecomeClustersOnlyOnceAccepted()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée des transitions",
            open = true,
            workshops = new object[]
            {
                new { id = "w-em", format = "emergence", title = "Vivre au village demain", challenge = "Comment vivre mieux au village ?", theme = "Transitions" },
            },
        });

        // CSP bypassed only so that axe-core can be injected for the accessibility check of the panel.
        await using var consoleContext = await browser.DesktopContextAsync(1440, 900, bypassCsp: true);
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var boardUrl = await BoardUrlAsync(server.Server, console);
        await using var projector = await browser.DesktopContextAsync(1920, 1080);
        var (board, boardErrors) = await NewWatchedPageAsync(projector);
        await board.GotoAsync(boardUrl).DefaultTimeout();

        var joinUrl = Absolute(server.Server, created.JoinUrl);
        var phones = new List<IBrowserContext>();
        try
        {
            var pages = new List<IPage>();
            foreach (var nickname in new[] { "Jeanne", "Paul", "Aïcha" })
            {
                var context = await browser.PhoneContextAsync();
                phones.Add(context);
                var (phone, _) = await NewWatchedPageAsync(context);
                await JoinAsync(phone, joinUrl, nickname);
                pages.Add(phone);
            }

            // Silent ideation: each phone writes one note of each idea.
            await StartRoundAsync(console, "w-em", "ideation");
            for (var i = 0; i < pages.Count; i++)
            {
                await WriteNoteAsync(pages[i], null, s_carpooling[i]);
                await WriteNoteAsync(pages[i], null, s_solar[i]);
                await MySentNoteAsync(pages[i], s_solar[i]);
            }

            // Reveal: the notes are on the board, still loose.
            await StartRoundAsync(console, "w-em", "regroupement");
            await Assertions.Expect(board.Locator(TestId("board-note"))).ToHaveCountAsync(6, CountOptions).DefaultTimeout();

            // The animator asks for suggestions: two groups, each with its three notes, and the board has not moved.
            var suggestions = console.Locator(TestId("suggestions"));
            await suggestions.Locator(TestId("granularity")).SelectOptionAsync("medium").DefaultTimeout();
            await suggestions.Locator(TestId("suggest")).ClickAsync().DefaultTimeout();
            var groups = suggestions.Locator(TestId("suggested-group"));
            await Assertions.Expect(groups).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
            foreach (var idea in new[] { s_carpooling, s_solar })
            {
                var group = groups.Filter(new() { HasText = idea[0] });
                await Assertions.Expect(group).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
                foreach (var text in idea)
                {
                    await Assertions.Expect(group.Locator("li", new() { HasText = text })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
                }

                await Assertions.Expect(group.Locator(".suggested-label")).Not.ToHaveTextAsync("", TextOptions).DefaultTimeout();
            }

            Assert.Equal(0, await board.Locator(TestId("board-cluster")).CountAsync().DefaultTimeout());
            await Axe.AssertNoSeriousViolationsAsync(console);
            await Screenshots.SaveAsync(console, "suggestions-console-suggested");

            // Accepting them all makes the regroupements, in the console and on the board.
            await suggestions.Locator(TestId("accept-all")).ClickAsync().DefaultTimeout();
            await Assertions.Expect(console.Locator(TestId("console-cluster"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
            await Assertions.Expect(groups).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
            await Assertions.Expect(board.Locator(TestId("board-cluster"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
            foreach (var idea in new[] { s_carpooling, s_solar })
            {
                var cluster = console.Locator(TestId("console-cluster")).Filter(new() { HasText = idea[0] });
                await Assertions.Expect(cluster.Locator(TestId("console-note"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
            }

            await Screenshots.SaveAsync(console, "suggestions-console-accepted");
            consoleErrors.AssertNone();
            boardErrors.AssertNone();
        }
        finally
        {
            foreach (var context in phones)
            {
                await context.DisposeAsync();
            }
        }
    }
}
