using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Sessions;

/// <summary>
/// An acceleration round with columns and holder stars, and an essaimage rating round, through the UI: the animator
/// in the console, three participants on their phones, and the board.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccelerationAndEssaimageTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task ParticipantsEnrichAProjectInColumnsTheHolderStarsOnlyFromTheirPhoneAndTheRoomRatesAnEssaimage()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée accélération et essaimage",
            open = true,
            workshops = new object[]
            {
                new { id = "w-acc", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie qui passe de ferme en ferme", needs = "Un local" },
                new { id = "w-ess", format = "essaimage", title = "Recyclerie", name = "La Recyclerie", originTerritory = "Drôme", description = "Réemploi", successFactors = new[] { "bénévoles" } },
            },
        });

        await using var consoleContext = await browser.DesktopContextAsync(1440, 900);
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));

        await using var marieContext = await browser.PhoneContextAsync();
        await using var karimContext = await browser.PhoneContextAsync();
        await using var leaContext = await browser.PhoneContextAsync();
        var joinUrl = Absolute(server.Server, created.JoinUrl);
        var (marie, marieErrors) = await NewWatchedPageAsync(marieContext);
        var (karim, karimErrors) = await NewWatchedPageAsync(karimContext);
        var (lea, leaErrors) = await NewWatchedPageAsync(leaContext);
        await JoinAsync(marie, joinUrl, "Marie");
        await JoinAsync(karim, joinUrl, "Karim");
        await JoinAsync(lea, joinUrl, "Léa");
        var phones = new[] { marie, karim, lea };
        await Assertions.Expect(console.Locator(TestId("participant-count"))).ToContainTextAsync("3", ContainsOptions).DefaultTimeout();

        // The animator names Marie, who joined from her phone, as the project holder.
        var holder = console.Locator(TestId("holder-select", "[data-workshop-id='w-acc']"));
        await Assertions.Expect(holder.Locator("option", new() { HasText = "Marie" })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await holder.SelectOptionAsync(new SelectOptionValue { Label = "Marie" }).DefaultTimeout();
        await Assertions.Expect(holder.Locator("option:checked")).ToHaveTextAsync("Marie", TextOptions).DefaultTimeout();

        // Enrichissement: each participant writes in a column of their choice.
        await StartRoundAsync(console, "w-acc", "enrichissement");
        foreach (var phone in phones)
        {
            await Assertions.Expect(phone.Locator(TestId("round-name"))).ToHaveTextAsync("Enrichissement", TextOptions).DefaultTimeout();
            await Assertions.Expect(phone.Locator(TestId("workshop-title"))).ToHaveTextAsync("Conserverie mobile", TextOptions).DefaultTimeout();
        }

        var contributions = new[]
        {
            (Phone: marie, Author: "Marie", Column: "idees", Label: "Idées", Text: "Vendre les bocaux au marché du samedi"),
            (Phone: karim, Author: "Karim", Column: "ressources", Label: "Ressources", Text: "Un autoclave d'occasion à la coopérative"),
            (Phone: lea, Author: "Léa", Column: "coups-de-main", Label: "Coups de main", Text: "Je peux conduire le camion le mardi"),
        };
        foreach (var c in contributions)
        {
            await WriteNoteAsync(c.Phone, c.Column, c.Text);
        }

        foreach (var c in contributions)
        {
            var mine = await MySentNoteAsync(c.Phone, c.Text);
            await Assertions.Expect(mine).ToContainTextAsync(c.Label, ContainsOptions).DefaultTimeout();
            await Assertions.Expect(c.Phone.Locator(TestId("my-note"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        }

        var consoleNotes = console.Locator(TestId("console-note"));
        await Assertions.Expect(consoleNotes).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        foreach (var c in contributions)
        {
            var note = console.Locator(TestId("console-note"), new() { HasText = c.Text });
            await Assertions.Expect(note.Locator(".note-meta")).ToHaveTextAsync($"{c.Author} · {c.Label}", TextOptions).DefaultTimeout();
        }

        // Tri: the animator groups two contributions; only the holder's phone may star, and the console sees it.
        await StartRoundAsync(console, "w-acc", "tri");
        await Assertions.Expect(Round(console, "w-acc", "enrichissement")).ToHaveAttributeAsync("data-status", "ended", AttributeOptions).DefaultTimeout();
        var clusterId = await CreateClusterAsync(console, "Production");
        await PlaceNoteAsync(console, contributions[1].Text, clusterId, "Production");
        await PlaceNoteAsync(console, contributions[2].Text, clusterId, "Production");

        await Assertions.Expect(marie.Locator(TestId("round-name"))).ToHaveTextAsync("Tri", TextOptions).DefaultTimeout();
        var marieStars = marie.Locator(TestId("star"));
        // One regroupement and the one contribution left outside it.
        await Assertions.Expect(marieStars).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        var clusterStar = marie.Locator(TestId("star", $"[data-target-id='{clusterId}']"));
        await Assertions.Expect(clusterStar).ToHaveAttributeAsync("aria-pressed", "false", AttributeOptions).DefaultTimeout();
        await clusterStar.ClickAsync().DefaultTimeout();
        await Assertions.Expect(clusterStar).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();

        var consoleStar = console.Locator(TestId("star", $"[data-target-id='{clusterId}']"));
        await Assertions.Expect(consoleStar).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
        var looseNoteStar = console.Locator(TestId("console-note"), new() { HasText = contributions[0].Text }).Locator(TestId("star"));
        await Assertions.Expect(looseNoteStar).ToHaveAttributeAsync("aria-pressed", "false", AttributeOptions).DefaultTimeout();

        foreach (var other in new[] { karim, lea })
        {
            await Assertions.Expect(other.Locator(TestId("round-name"))).ToHaveTextAsync("Tri", TextOptions).DefaultTimeout();
            await Assertions.Expect(other.Locator(TestId("star"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        }

        // Essaimage: the room rates the project's feasibility here, 1 to 5.
        await StartRoundAsync(console, "w-ess", "faisabilite");
        var ratings = new[] { (Phone: marie, Value: 2), (Phone: karim, Value: 4), (Phone: lea, Value: 4) };
        foreach (var (phone, value) in ratings)
        {
            await Assertions.Expect(phone.Locator(TestId("round-name"))).ToHaveTextAsync("Faisabilité", TextOptions).DefaultTimeout();
            await Assertions.Expect(phone.Locator(TestId("workshop-title"))).ToHaveTextAsync("Recyclerie", TextOptions).DefaultTimeout();
            var button = phone.Locator(TestId($"rate-{value}"));
            await button.ClickAsync().DefaultTimeout();
            await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
        }

        // (2 + 4 + 4) / 3 = 3.33…, written the French way.
        await Assertions.Expect(console.Locator(TestId("rating-average"))).ToHaveTextAsync("Moyenne 3,3 sur 5 (3 avis)", TextOptions).DefaultTimeout();

        var boardUrl = await BoardUrlAsync(server.Server, console);
        await using var boardContext = await browser.DesktopContextAsync(1280, 720);
        var (board, boardErrors) = await NewWatchedPageAsync(boardContext);
        await board.GotoAsync(boardUrl).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("workshop-title"))).ToHaveTextAsync("Recyclerie", TextOptions).DefaultTimeout();

        // While the faisabilité runs, the board counts the ratings and keeps the results for its end.
        await Assertions.Expect(board.Locator(TestId("rating-count"))).ToHaveTextAsync("3", TextOptions).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("rating-average"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("result-bar"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await using (var hall = HallSeeder.For(server.Server, created))
        {
            await hall.EndRoundAsync("w-ess", "faisabilite");
        }

        await Assertions.Expect(board.Locator(TestId("rating-average"))).ToHaveTextAsync("3,3", TextOptions).DefaultTimeout();
        await Assertions.Expect(board.Locator(TestId("result-bar"))).ToHaveCountAsync(5, CountOptions).DefaultTimeout();
        var expected = new Dictionary<int, int> { [1] = 0, [2] = 1, [3] = 0, [4] = 2, [5] = 0 };
        foreach (var (value, count) in expected)
        {
            var bar = board.Locator(TestId("result-bar", $"[data-target-id='rating-{value}']"));
            await Assertions.Expect(bar).ToHaveAttributeAsync("data-count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), AttributeOptions).DefaultTimeout();
        }

        consoleErrors.AssertNone();
        boardErrors.AssertNone();
        foreach (var errors in new[] { marieErrors, karimErrors, leaErrors })
        {
            errors.AssertNone();
        }
    }
}
