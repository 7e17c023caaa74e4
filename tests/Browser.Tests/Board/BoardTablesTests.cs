using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Board;

/// <summary>
/// The room at tables: the main board shows every table (its workshop, its étape and countdown, its post-it); a
/// table's own board shows its table's workshop, and follows the room back when the animator calls the plenary.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BoardTablesTests(ServerFixture server, BrowserFixture browser)
{
    private const string Plenary = "Le village dans dix ans";

    [Fact]
    public async Task TheMainBoardShowsEveryTableAndATableBoardFollowsTheRoomBackToThePlenary()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée en tables",
            open = true,
            workshops = new object[]
            {
                new { id = "w-plen", format = "emergence", title = Plenary, challenge = "Que voulons-nous garder et changer dans nos villages ?" },
                new { id = "w-acc", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie qui passe de ferme en ferme", needs = "Un camion" },
                new { id = "w-ess", format = "essaimage", title = "Recyclerie", name = "La Recyclerie", originTerritory = "Drôme" },
            },
            tables = new object[] { new { name = "Table des Cévennes", workshop = 1 }, new { name = "Table du plateau", workshop = 2 } },
        });
        var snapshot = await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken);
        var tables = snapshot.GetProperty("session").GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
        await using var hall = HallSeeder.For(server.Server, created);
        var cevennes = await hall.JoinAsync(6, tables[0], "Cévenol");
        var plateau = await hall.JoinAsync(8, tables[1], "Plateau");

        // Each table works on its own workshop.
        await hall.StartRoundAsync("w-acc", "questions");
        await hall.StartRoundAsync("w-ess", "transposition");
        await hall.PostNotesAsync("w-acc", "question", HallNotes.More.Take(5).Select((text, i) => (cevennes[i], text)));
        await hall.PostNotesAsync("w-ess", "a-adapter", HallNotes.More.Skip(5).Take(7).Select((text, i) => (plateau[i], text)));

        await using var main = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync());
        await main.WaitForSceneAsync("tables", 2);
        var cards = main.Page.Locator(TestId("board-table"));
        await main.CheckAtEverySizeAsync("tables", ["board-table", "table-countdown", "table-notes", "workshop-title"], async _ =>
        {
            await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("Table des Cévennes", ContainsOptions).DefaultTimeout();
            await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("Accélération · Conserverie mobile", ContainsOptions).DefaultTimeout();
            await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("Questions", ContainsOptions).DefaultTimeout();
            await Assertions.Expect(cards.Nth(0).Locator(TestId("table-notes"))).ToHaveTextAsync("5 post-it", TextOptions).DefaultTimeout();
            await Assertions.Expect(cards.Nth(1)).ToContainTextAsync("Table du plateau", ContainsOptions).DefaultTimeout();
            await Assertions.Expect(cards.Nth(1)).ToContainTextAsync("Essaimage · Recyclerie", ContainsOptions).DefaultTimeout();
            await Assertions.Expect(cards.Nth(1)).ToContainTextAsync("Transposition", ContainsOptions).DefaultTimeout();
            await Assertions.Expect(cards.Nth(1).Locator(TestId("table-notes"))).ToHaveTextAsync("7 post-it", TextOptions).DefaultTimeout();
            foreach (var countdown in await main.Page.Locator(TestId("table-countdown")).AllAsync().DefaultTimeout())
            {
                await Assertions.Expect(countdown).ToHaveTextAsync(Countdown(), TextOptions).DefaultTimeout();
            }
        });

        // The Cévennes table's own board: its workshop, as the room's board shows a plenary one.
        await using var table = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync(tables[0]));
        await table.WaitForSceneAsync("notes", 5);
        await Assertions.Expect(table.Page.Locator(TestId("workshop-title"))).ToHaveTextAsync("Conserverie mobile", TextOptions).DefaultTimeout();
        await Assertions.Expect(table.Page.Locator(".format-tag")).ToContainTextAsync("Table : Table des Cévennes", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(table.Page.Locator(TestId("round-name"))).ToHaveTextAsync("Questions", TextOptions).DefaultTimeout();
        await table.CheckAtEverySizeAsync("table", ["board-note", "workshop-title", "countdown"]);

        // Everyone back to the plenary: both boards follow it.
        await hall.StartRoundAsync("w-plen", "cadrage");
        foreach (var board in new[] { table, main })
        {
            await Assertions.Expect(board.Page.Locator(TestId("workshop-title"))).ToHaveTextAsync(Plenary, TextOptions).DefaultTimeout();
            await board.WaitForSceneAsync("input");
        }

        await table.CheckAtEverySizeAsync("table-back-to-plenary", ["workshop-input", "workshop-title", "countdown"]);
        main.AssertNoPageErrors();
        table.AssertNoPageErrors();
    }

    [GeneratedRegex(@"^\d+:\d\d$")]
    private static partial Regex Countdown();
}
