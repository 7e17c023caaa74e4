using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Board;

/// <summary>
/// Regroupements on the board: compact cards (title, count of post-it, as many excerpts as fit), all of them in one
/// viewport up to 25, titles never stacked one word a line; a title the machine suggested stays off the board.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardClustersTests(ServerFixture server, BrowserFixture browser)
{
    private static readonly string[] s_cards = ["board-cluster", "cluster-title", "cluster-count", "board-unsorted", "unsorted-count", "board-note", "workshop-title", "countdown"];

    [Fact]
    public async Task TwoRegroupementsShowTheirTitleTheirCountAndExcerptsBesideTheNotesToSort()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée des deux regroupements");
        await using var hall = HallSeeder.For(server.Server, created);
        var ideas = HallNotes.Ideas.Take(2).ToList();
        var texts = ideas.SelectMany(i => i.Notes.Select(n => n.Text)).Concat(HallNotes.More.Take(6)).ToList();
        var (_, ids) = await BoardHall.RevealedAsync(hall, texts, people: 26);
        var first = await hall.CreateClusterAsync(BoardHall.Workshop, HallNotes.TitleOf(ideas[0].Idea), ids.Take(10));
        var second = await hall.CreateClusterAsync(BoardHall.Workshop, HallNotes.TitleOf(ideas[1].Idea), ids.Skip(10).Take(10));

        await using var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync());
        await board.WaitForSceneAsync("clusters", 3);
        await board.CheckAtEverySizeAsync("2-clusters", s_cards, async _ =>
        {
            Assert.Null(await board.PagesAsync());
            foreach (var (id, idea) in new[] { (first, ideas[0].Idea), (second, ideas[1].Idea) })
            {
                var card = board.Page.Locator(TestId("board-cluster", $"[data-cluster-id='{id}']"));
                await Assertions.Expect(card.Locator(TestId("cluster-title"))).ToHaveTextAsync(HallNotes.TitleOf(idea), TextOptions).DefaultTimeout();
                await Assertions.Expect(card.Locator(TestId("cluster-count"))).ToHaveTextAsync("10 post-it", TextOptions).DefaultTimeout();
                Assert.True(await card.Locator(TestId("board-note")).CountAsync().DefaultTimeout() >= 3, "Two regroupements leave room for excerpts of their post-it.");
            }

            await Assertions.Expect(board.Page.Locator(TestId("board-unsorted")).Locator(".card-title")).ToHaveTextAsync("À ranger", TextOptions).DefaultTimeout();
            await Assertions.Expect(board.Page.Locator(TestId("unsorted-count"))).ToHaveTextAsync("6 post-it", TextOptions).DefaultTimeout();
            Assert.True(await board.FontVhAsync("[data-testid='cluster-title']") >= 4, "Two regroupements' titles are written large.");
        });

        // The animator places the notes left to sort, one by one: the wall updates in place; it does not fade out and
        // back in at every note (only a new scene or a page turn fades in).
        await board.Page.EvaluateAsync("() => { window.fades = 0; document.addEventListener('animationstart', (e) => { if (e.animationName === 'board-page-in') window.fades++; }); }").DefaultTimeout();
        var unsorted = ids.Skip(20).ToList();
        for (var i = 0; i < unsorted.Count; i++)
        {
            await hall.AsAnimatorAsync("PlaceNotes", new[] { unsorted[i] }, first);
            await Assertions.Expect(board.Page.Locator(TestId("board-cluster", $"[data-cluster-id='{first}']")).Locator(TestId("cluster-count")))
                .ToHaveTextAsync($"{11 + i} post-it", TextOptions).DefaultTimeout();
        }

        await Assertions.Expect(board.Page.Locator(TestId("board-unsorted"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        Assert.Equal(0, await board.Page.EvaluateAsync<int>("() => window.fades").DefaultTimeout());
        board.AssertNoPageErrors();
    }

    [Fact]
    public async Task TwentyFiveRegroupementsShareOneViewportWithWholeTitlesAndCounts()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée des vingt-cinq regroupements");
        await using var hall = HallSeeder.For(server.Server, created);
        var (_, clusters) = await BoardHall.TwentyFiveClustersAsync(hall);

        await using var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync(), bypassCsp: true);
        await board.WaitForSceneAsync("clusters", 26);
        await board.CheckAtEverySizeAsync("25-clusters", s_cards, async _ =>
        {
            Assert.Null(await board.PagesAsync());
            Assert.Equal(25, await board.Page.Locator(TestId("board-cluster")).CountAsync().DefaultTimeout());
            foreach (var (id, title, notes) in clusters)
            {
                var card = board.Page.Locator(TestId("board-cluster", $"[data-cluster-id='{id}']"));
                await Assertions.Expect(card.Locator(TestId("cluster-count"))).ToHaveTextAsync($"{notes} post-it", TextOptions).DefaultTimeout();
                Assert.Equal(title, await card.Locator(TestId("cluster-title")).TextContentAsync().DefaultTimeout());
            }

            await Assertions.Expect(board.Page.Locator(TestId("unsorted-count"))).ToHaveTextAsync("50 post-it", TextOptions).DefaultTimeout();
            await AssertTitlesAreNeverStackedAsync(board.Page);
        });
        await Axe.AssertNoSeriousViolationsAsync(board.Page);
        board.AssertNoPageErrors();
    }

    [Fact]
    public async Task SuggestedTitlesStayOffTheBoardUntilTheAnimatorKeepsOrRenamesThem()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée des suggestions");
        await using var hall = HallSeeder.For(server.Server, created);
        var ideas = HallNotes.Ideas.Skip(3).Take(3).ToList();
        var (_, ids) = await BoardHall.RevealedAsync(hall, [.. ideas.SelectMany(i => i.Notes.Select(n => n.Text))], people: 30);
        string[] machine = ["village, organisé, sortie", "four, pain, commun"];
        var suggested = await hall.AcceptSuggestionAsync(BoardHall.Workshop, [(machine[0], ids.Take(10).ToList()), (machine[1], ids.Skip(10).Take(10).ToList())], named: false);

        await using var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync());
        await board.WaitForSceneAsync("clusters", 3);
        var titles = board.Page.Locator(TestId("cluster-title"));
        await Assertions.Expect(titles).ToHaveTextAsync(["Regroupement 1", "Regroupement 2"], TextOptions).DefaultTimeout();
        await board.CheckAtEverySizeAsync("suggested-titles", s_cards, async _ =>
        {
            var text = await board.TextAsync();
            Assert.DoesNotContain("village, organisé", text, StringComparison.Ordinal);
            Assert.DoesNotContain("four, pain", text, StringComparison.Ordinal);
            Assert.Equal(["false", "false"], await board.AttributesAsync("board-cluster", "data-named"));
        });

        // The animator keeps the first title as it is and renames the second; a group accepted with its title named
        // by the staff shows at once.
        await hall.RenameClusterAsync(suggested[0], machine[0]);
        await hall.RenameClusterAsync(suggested[1], "Fours à pain partagés");
        await hall.AcceptSuggestionAsync(BoardHall.Workshop, [("Accueillir les artistes", ids.Skip(20).ToList())], named: true);
        await Assertions.Expect(TitleOf(board.Page, suggested[0])).ToHaveTextAsync(machine[0], TextOptions).DefaultTimeout();
        await Assertions.Expect(TitleOf(board.Page, suggested[1])).ToHaveTextAsync("Fours à pain partagés", TextOptions).DefaultTimeout();
        await Assertions.Expect(titles).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Assertions.Expect(titles.Last).ToHaveTextAsync("Accueillir les artistes", TextOptions).DefaultTimeout();
        await board.WaitForSceneAsync("clusters", 3);
        await board.CheckAtEverySizeAsync("suggested-titles-kept", s_cards);
        board.AssertNoPageErrors();
    }

    private static ILocator TitleOf(IPage board, string clusterId) =>
        board.Locator(TestId("board-cluster", $"[data-cluster-id='{clusterId}']")).Locator(TestId("cluster-title"));

    /// <summary>A card is wide enough for its title: at least 8 title sizes wide, and the title on two lines at most.</summary>
    private static async Task AssertTitlesAreNeverStackedAsync(IPage board)
    {
        var offenders = await board.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll("[data-testid='cluster-title'], .card-title")].flatMap(t => {
              const style = getComputedStyle(t);
              const size = parseFloat(style.fontSize);
              const lines = Math.round(t.getBoundingClientRect().height / parseFloat(style.lineHeight));
              const width = t.getBoundingClientRect().width / size;
              return lines <= 2 && width >= 8 ? [] : [`"${t.textContent}": ${lines} lines, ${width.toFixed(1)} em wide`];
            })
            """).DefaultTimeout();
        Assert.True(offenders.Length == 0, string.Join(Environment.NewLine, offenders));
    }
}
