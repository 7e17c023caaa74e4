using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Board;

/// <summary>
/// The wall of post-it once revealed, from 10 to 300 notes: as large as fits, down to the legibility floor, then
/// pages that turn by themselves with an indicator; never a scroll.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardNotesDensityTests(ServerFixture server, BrowserFixture browser)
{
    private static readonly string[] s_wall = ["board-note", "workshop-title", "round-name", "countdown", "join-qr", "join-code", "participant-count"];

    [Fact]
    public async Task TenNotesFillTheWallLargerThanTheFloorAndTheLongOneIsCut()
    {
        var notes = HallNotes.All.Take(9).Append(HallNotes.Long).ToList();
        await using var board = await RevealedBoardAsync("Soirée des dix post-it", notes, people: 10);

        await board.CheckAtEverySizeAsync("10-notes", s_wall, async _ =>
        {
            Assert.Null(await board.PagesAsync());
            Assert.Equal(10, await board.Page.Locator(TestId("board-note")).CountAsync().DefaultTimeout());
            Assert.True(await board.FontVhAsync(".note-text") >= BoardScreen.MinTextVh + 1, $"Ten post-it should be written large: {await board.FontVhAsync(".note-text")}vh.");

            // The 400 characters are cut after a few lines on the wall; the phones and the exports keep them whole.
            var cut = await board.Page.Locator(TestId("board-note"), new() { HasText = "Je vis à Valgorge" }).Locator(".note-text")
                .EvaluateAsync<bool>("e => e.scrollHeight > e.clientHeight + 1 && e.clientHeight <= 3.5 * parseFloat(getComputedStyle(e).lineHeight)").DefaultTimeout();
            Assert.True(cut, "The 400-character note is not cut to three lines.");
        });
        board.AssertNoPageErrors();
    }

    [Fact]
    public async Task SixtyNotesShrinkToTheFloorAndTakePagesOnlyWhenTheyMust()
    {
        await using var board = await RevealedBoardAsync("Soirée des soixante post-it", HallNotes.All.Skip(100).Take(60).ToList(), people: 30);

        await board.CheckAtEverySizeAsync("60-notes", s_wall, async _ =>
        {
            var shown = await board.Page.Locator(TestId("board-note")).CountAsync().DefaultTimeout();
            var pages = await board.PagesAsync();
            Assert.Equal(shown < 60, pages is not null);
            Assert.True(await board.FontVhAsync(".note-text") >= BoardScreen.MinTextVh);
            if (pages is { } p)
            {
                Assert.InRange(p.Pages, 2, 5);
                Assert.Equal(BoardScreen.MinTextVh, await board.FontVhAsync(".note-text"), 1);
            }
        });
        board.AssertNoPageErrors();
    }

    [Fact]
    public async Task ThreeHundredNotesTurnPagesByThemselvesWithAPageIndicator()
    {
        await using var board = await RevealedBoardAsync("Soirée de la salle des fêtes", HallNotes.All, people: 300);
        await Assertions.Expect(board.Page.Locator(TestId("participant-count"))).ToHaveTextAsync("300 participants", TextOptions).DefaultTimeout();

        await board.CheckAtEverySizeAsync("300-notes", [.. s_wall, "page-indicator"], async _ =>
        {
            // What the room reads, "Page 2 / 12" and a dot for each page, the page's own one filled, read at once.
            var indicator = await board.Page.EvaluateAsync<string[]>(
                "() => { const p = document.querySelector(\"[data-testid='page-indicator']\"); return p ? [p.dataset.page, p.dataset.pages, p.innerText, String(p.querySelectorAll('.dot').length), String([...p.querySelectorAll('.dot')].findIndex(d => d.classList.contains('on')) + 1)] : []; }").DefaultTimeout();
            Assert.True(indicator.Length > 0, "300 post-it need pages, and no page indicator is shown.");
            Assert.InRange(int.Parse(indicator[1], System.Globalization.CultureInfo.InvariantCulture), 2, 20);
            Assert.Equal($"Page {indicator[0]} / {indicator[1]}", indicator[2].Trim());
            Assert.Equal(indicator[1], indicator[3]);
            Assert.Equal(indicator[0], indicator[4]);
            Assert.Equal(BoardScreen.MinTextVh, await board.FontVhAsync(".note-text"), 1);
        });

        // The page turns by itself, and the next page shows other post-it, still without scrolling.
        var before = await PageAndNotesAsync(board.Page);
        await Assertions.Expect(board.Page.Locator(TestId("page-indicator")))
            .Not.ToHaveAttributeAsync("data-page", before.Page, new() { Timeout = 20_000 }).DefaultTimeout(TimeSpan.FromSeconds(25));
        var after = await PageAndNotesAsync(board.Page);
        var pages = (await board.PagesAsync())!.Value.Pages;
        Assert.Equal(int.Parse(before.Page, System.Globalization.CultureInfo.InvariantCulture) % pages + 1, int.Parse(after.Page, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(before.Notes.Intersect(after.Notes));
        await board.WaitForLayoutAsync();
        await board.AssertOneViewportAsync();
        await board.AssertInsideAsync(s_wall);
        await Screenshots.SaveAsync(board.Page, "board-300-notes-page-2-1920x1080");
        board.AssertNoPageErrors();
    }

    [Fact]
    public async Task NotesRevealedWhileTheBoardWatchesFitAsWellAsNotesAlreadyThere()
    {
        // The board is on the wall during the silent ideation; the reveal brings every post-it at once, each one
        // arriving with its little animation, and the wall must still hold in the picture.
        var created = await BoardHall.CreateAsync(server.Server, "Soirée de la révélation");
        await using var hall = HallSeeder.For(server.Server, created);
        var people = await hall.JoinAsync(12);
        await hall.StartRoundAsync(BoardHall.Workshop, "ideation");
        await using var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync());
        var notes = HallNotes.Ideas.Take(6).SelectMany(i => i.Notes.Take(8)).Select(n => n.Text).Append(HallNotes.Long).ToList();
        await hall.PostNotesAsync(BoardHall.Workshop, "idee", notes.Select((text, i) => (people[i % people.Count], text)));
        await board.WaitForSceneAsync("hidden");

        await hall.StartRoundAsync(BoardHall.Workshop, "regroupement");
        await board.WaitForSceneAsync("notes", notes.Count);

        await board.WaitForLayoutAsync();
        await board.AssertOneViewportAsync();
        await board.AssertInsideAsync(s_wall);
        await Screenshots.SaveAsync(board.Page, "board-revealed-while-watching-1920x1080");
        board.AssertNoPageErrors();
    }

    private static async Task<(string Page, string[] Notes)> PageAndNotesAsync(IPage board)
    {
        var read = await board.EvaluateAsync<string[]>(
            "() => [document.querySelector(\"[data-testid='page-indicator']\").dataset.page, ...[...document.querySelectorAll(\"[data-testid='board-note']\")].map(n => n.dataset.noteId)]").DefaultTimeout();
        return (read[0], read[1..]);
    }

    private async Task<BoardScreen> RevealedBoardAsync(string title, IReadOnlyList<string> notes, int people)
    {
        var created = await BoardHall.CreateAsync(server.Server, title);
        await using var hall = HallSeeder.For(server.Server, created);
        await BoardHall.RevealedAsync(hall, notes, people);
        var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync());
        await board.WaitForSceneAsync("notes", notes.Count);
        return board;
    }
}
