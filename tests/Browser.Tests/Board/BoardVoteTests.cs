using Microsoft.AspNetCore.SignalR;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Board;

/// <summary>
/// A vote of the whole hall on 25 regroupements: while it runs the board shows what to vote on and how many have
/// voted, never a count that would steer the vote; once it has ended, that vote's counts, ranked, all in one viewport.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardVoteTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task AVoteShowsNoCountWhileItRunsThenItsResultsRankedAndFrozenInOneViewport()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée du grand vote");
        await using var hall = HallSeeder.For(server.Server, created);
        var (people, clusters) = await BoardHall.TwentyFiveClustersAsync(hall);
        await hall.StartRoundAsync(BoardHall.Workshop, "vote");

        await using var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync(), bypassCsp: true);
        await board.WaitForSceneAsync("vote", 25);

        // 120 people use their three dots, never two on one regroupement; the popular ones are the first few.
        var voters = people.Take(120).ToList();
        var dots = voters.SelectMany((p, i) => new[] { i % 5, (i * 7 + 3) % 25, (i * 11 + 13) % 25 }.Distinct().Select(c => (p, clusters[c].Id))).ToList();
        await hall.VoteAsync(BoardHall.Workshop, dots);
        var expected = clusters.ToDictionary(c => c.Id, c => dots.Count(d => d.Item2 == c.Id));

        await Assertions.Expect(board.Page.Locator(TestId("voter-count"))).ToHaveTextAsync("120 personnes ont voté", TextOptions).DefaultTimeout();
        await board.CheckAtEverySizeAsync("vote-running", ["board-cluster", "cluster-title", "voter-count", "countdown"], async _ =>
        {
            var text = await board.TextAsync();
            Assert.Contains("Les résultats s'afficheront à la fin du vote", text, StringComparison.Ordinal);
            Assert.DoesNotContain("gommette", text, StringComparison.Ordinal);
            Assert.DoesNotContain("post-it", text, StringComparison.Ordinal);
            Assert.Equal(0, await board.Page.Locator($"{TestId("result-bar")}, {TestId("cluster-count")}, [data-count]").CountAsync().DefaultTimeout());
            Assert.Equal(25, await board.Page.Locator(TestId("board-cluster")).CountAsync().DefaultTimeout());
        });

        // The vote ends: its counts, ranked, titles and counts inside the picture.
        await hall.EndRoundAsync(BoardHall.Workshop, "vote");
        await board.WaitForSceneAsync("results", 25);
        await Assertions.Expect(board.Page.Locator(TestId("voter-count"))).ToHaveTextAsync("120 votants", TextOptions).DefaultTimeout();
        await board.CheckAtEverySizeAsync("vote-results", ["result-bar", "bar-title", "bar-count", "voter-count"], async _ =>
        {
            Assert.Null(await board.PagesAsync());
            await AssertResultsAsync(board, expected, clusters);
        });
        await Axe.AssertNoSeriousViolationsAsync(board.Page);

        // High contrast: thicker borders, the same picture in one viewport.
        await board.Page.Locator(TestId("contrast")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(board.Page.Locator(TestId("contrast"))).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
        await board.CheckAtEverySizeAsync("vote-results-contrast", ["result-bar", "bar-title", "bar-count", "voter-count"], async _ => Assert.Null(await board.PagesAsync()));

        // Frozen: a dot sent after the end is refused and the board's counts stay those of the vote.
        await Assert.ThrowsAsync<HubException>(() => hall.VoteAsync(BoardHall.Workshop, [(people[^1], clusters[0].Id)]));
        await board.AssertOneViewportAsync();
        await AssertResultsAsync(board, expected, clusters);
        board.AssertNoPageErrors();
    }

    private static async Task AssertResultsAsync(BoardScreen board, Dictionary<string, int> expected, IReadOnlyList<(string Id, string Title, int Notes)> clusters)
    {
        var ids = await board.AttributesAsync("result-bar", "data-target-id");
        var counts = (await board.AttributesAsync("result-bar", "data-count")).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(25, ids.Length);
        Assert.Equal(expected.OrderByDescending(e => e.Value).Select(e => e.Value), counts);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(expected[ids[i]], counts[i]);
        }

        var titles = await board.TextsAsync("bar-title");
        Assert.Equal(clusters.Select(c => c.Title).Order(), titles.Order());
        var top = board.Page.Locator(TestId("result-bar")).First;
        await Assertions.Expect(top.Locator(TestId("bar-count"))).ToHaveTextAsync($"{counts[0]} gommettes", TextOptions).DefaultTimeout();
    }
}
