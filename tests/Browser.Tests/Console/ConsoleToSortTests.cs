using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Board;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Console;

/// <summary>
/// "À ranger": a first-time animator on a laptop makes three regroupements of one note each and names them; the
/// console then proposes, by itself, where every other note goes, and the board shows those notes in the groups only
/// once the animator has placed them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ConsoleToSortTests(ServerFixture server, BrowserFixture browser)
{
    private static readonly (string Title, string[] Notes)[] s_ideas =
    [
        ("Ressourcerie",
        [
            "Une ressourcerie pour récupérer les meubles et l'électroménager",
            "un repair cafe une fois par mois a la salle des fetes",
            "Réparer les vélos et les grille-pain au lieu de les jeter",
            "recup des objets encore bons a la dechetterie pour les revendre pas cher",
            "Atelier de réparation avec les retraités bricoleurs du village",
            "Donner une seconde vie aux vêtements et aux jouets",
            "une recyclerie avec une boutique solidaire",
            "Apprendre à réparer soi-même son petit électroménager",
            "collecter les meubles dont personne ne veut et les retaper",
        ]),
        ("Drive fermier",
        [
            "Un drive fermier pour commander les produits des fermes du coin",
            "commander en ligne legumes fromage viande chez les producteurs locaux",
            "Un point de retrait des paniers de producteurs à la gare",
            "acheter directement aux agriculteurs sans passer par le supermarché",
            "Des casiers réfrigérés pour récupérer ses courses de la ferme le soir",
            "vente de produits locaux en circuit court le vendredi",
            "Les fermes du plateau livrent un point relais au village",
            "Un site commun pour les producteurs bio de la vallée",
            "fromages, oeufs et legumes de la ferme a retirer apres le boulot",
        ]),
        ("Covoiturage",
        [
            "Du covoiturage entre voisins pour aller travailler à Aubenas",
            "une appli pour partager sa voiture vers la ville",
            "Des arrêts de covoiturage balisés à la sortie du village",
            "autostop organisé pour les jeunes sans permis",
            "Partager les trajets pour aller au marché ou chez le médecin",
            "covoiturage domicile travail, ça ferait des économies d'essence",
            "Un groupe WhatsApp pour proposer des places dans sa voiture",
            "Emmener les personnes âgées faire leurs courses en voiture partagée",
            "moins de voitures sur la route le matin grace au covoit",
        ]),
    ];

    [Fact]
    public async Task AnimatorsFirstGroupsSortTheOtherNotesWhichReachTheBoardOnlyOncePlaced()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée créative de Largentière");
        await using var hall = HallSeeder.For(server.Server, created);
        // Written in silence in turn by nine people, then revealed: the notes of the three ideas come mixed.
        var notes = Enumerable.Range(0, 9).SelectMany(i => s_ideas.Select(idea => idea.Notes[i])).ToList();
        await BoardHall.RevealedAsync(hall, notes, people: 9);

        // CSP bypassed only so that axe-core can be injected for the accessibility check of the section.
        await using var laptop = await browser.DesktopContextAsync(1366, 768, bypassCsp: true);
        var (console, consoleErrors) = await NewWatchedPageAsync(laptop);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        await using var board = await BoardScreen.OpenAsync(browser, await BoardUrlAsync(server.Server, console));

        // The animator makes three groups, names them and puts one note in each, as the console lets a person do.
        var groups = new List<(string Id, string Title, string[] Notes)>();
        foreach (var (title, ideaNotes) in s_ideas)
        {
            var id = await CreateClusterAsync(console, title);
            await PlaceNoteAsync(console, ideaNotes[0], id, title);
            groups.Add((id, title, ideaNotes));
        }

        // Without asking, the console proposes where the others go, grouped under the titles the animator gave.
        var toSort = console.Locator(TestId("to-sort"));
        var proposed = toSort.Locator(TestId("to-sort-group"));
        await Assertions.Expect(proposed).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await toSort.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Assertions.Expect(toSort.Locator("h3")).ToBeInViewportAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        Assert.Equal(0, await console.Locator(TestId("suggested-group")).CountAsync().DefaultTimeout());
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, title, ideaNotes) in groups)
        {
            var group = toSort.Locator(TestId("to-sort-group", $"[data-cluster-id='{id}']"));
            await Assertions.Expect(group.Locator("h4")).ToContainTextAsync($"« {title} »", ContainsOptions).DefaultTimeout();
            var texts = await group.Locator(TestId("to-sort-note")).Locator(".to-sort-text").AllTextContentsAsync().DefaultTimeout();
            // The engine may leave a note unsorted; what it proposes for a group is that group's idea.
            Assert.True(texts.Count >= 5, $"« {title} » gets {texts.Count} notes: {string.Join(" | ", texts)}");
            Assert.True(texts.Count(t => ideaNotes.Contains(t)) >= texts.Count - 1, $"« {title} » gets notes of other ideas: {string.Join(" | ", texts)}");
            Assert.DoesNotContain(ideaNotes[0], texts);
            await Assertions.Expect(group.Locator(TestId("place-all"))).ToHaveTextAsync($"Tout ranger dans « {title} » ({texts.Count})", TextOptions).DefaultTimeout();
            await Assertions.Expect(group.Locator(TestId("place-note")).First).ToContainTextAsync("Ranger", ContainsOptions).DefaultTimeout();
            counts[id] = texts.Count;
        }

        var total = counts.Values.Sum();
        await Assertions.Expect(toSort.Locator("h3")).ToHaveTextAsync($"À ranger · {total} post-it proposés dans 3 regroupements", TextOptions).DefaultTimeout();

        // Down where the animator groups notes, the loose notes say how many are proposed up there, and lead to them.
        await console.Locator("#loose-heading").ScrollIntoViewIfNeededAsync().DefaultTimeout();
        var link = console.Locator(TestId("to-sort-link"));
        await Assertions.Expect(link).ToHaveTextAsync($"↑ {total} post-it proposés dans « À ranger »", TextOptions).DefaultTimeout();
        await Assertions.Expect(link).ToBeInViewportAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        await Screenshots.SaveAsync(console, "to-sort-console-loose-link", fullPage: false);
        await link.ClickAsync().DefaultTimeout();
        await Assertions.Expect(toSort.Locator("h3")).ToBeInViewportAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        // Below the sticky header, not under it.
        var header = await console.Locator(".console-header").BoundingBoxAsync().DefaultTimeout();
        var toSortHeading = await toSort.Locator("h3").BoundingBoxAsync().DefaultTimeout();
        Assert.True(toSortHeading!.Y >= header!.Y + header.Height, $"« À ranger » starts at {toSortHeading.Y} px, under the header ending at {header.Y + header.Height} px.");
        await AssertFitsTheLaptopAsync(console, toSort);
        await Axe.AssertNoSeriousViolationsAsync(console);
        await Screenshots.SaveAsync(console, "to-sort-console-proposed", fullPage: false);

        // Proposals are not on the board: each group still holds its one note, the others wait to be sorted.
        foreach (var (id, title, _) in groups)
        {
            await Assertions.Expect(BoardCount(board, id)).ToHaveTextAsync("1 post-it", TextOptions).DefaultTimeout();
            await Assertions.Expect(board.Page.Locator(TestId("board-cluster", $"[data-cluster-id='{id}']")).Locator(TestId("cluster-title"))).ToHaveTextAsync(title, TextOptions).DefaultTimeout();
        }

        await Assertions.Expect(board.Page.Locator(TestId("unsorted-count"))).ToHaveTextAsync($"{notes.Count - 3} post-it", TextOptions).DefaultTimeout();
        await Screenshots.SaveAsync(board.Page, "to-sort-board-before");

        // The laptop reloads the console mid-sorting: « À ranger » comes back as it was, without a change or a click.
        await console.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(toSort.Locator("h3")).ToHaveTextAsync($"À ranger · {total} post-it proposés dans 3 regroupements", TextOptions).DefaultTimeout();
        await Assertions.Expect(toSort.Locator(TestId("to-sort-group"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();

        // "Tout ranger" on each group: the board's groups fill, one after the other, and the proposals leave the panel.
        foreach (var (id, title, _) in groups)
        {
            await toSort.Locator(TestId("to-sort-group", $"[data-cluster-id='{id}']")).Locator(TestId("place-all")).ClickAsync().DefaultTimeout();
            await Assertions.Expect(BoardCount(board, id)).ToHaveTextAsync($"{1 + counts[id]} post-it", TextOptions).DefaultTimeout();
            await Assertions.Expect(console.Locator(TestId("to-sort-group", $"[data-cluster-id='{id}']"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
            await Assertions.Expect(console.Locator(TestId("console-cluster", $"[data-cluster-id='{id}']")).Locator(TestId("cluster-title"))).ToHaveValueAsync(title, new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        }

        await Assertions.Expect(console.Locator(TestId("to-sort"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        var left = notes.Count - 3 - total;
        await Assertions.Expect(board.Page.Locator(TestId("unsorted-count"))).ToHaveCountAsync(left == 0 ? 0 : 1, CountOptions).DefaultTimeout();
        await Screenshots.SaveAsync(console, "to-sort-console-placed", fullPage: false);
        await Screenshots.SaveAsync(board.Page, "to-sort-board-after");
        consoleErrors.AssertNone();
        board.AssertNoPageErrors();
    }

    [Fact]
    public async Task ThreeHundredNotesInTwentyFiveGroupsKeepTheSectionUsableAndItsCountsTrue()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée des vingt-cinq regroupements à ranger");
        await using var hall = HallSeeder.For(server.Server, created);
        var (_, ids) = await BoardHall.RevealedAsync(hall, HallNotes.All, 300);

        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (console, consoleErrors) = await NewWatchedPageAsync(laptop);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));

        // One named note per idea, as an animator starts, and a 25th group with its long title.
        var firsts = HallNotes.Ideas.Select(i => (Title: HallNotes.TitleOf(i.Idea), Index: HallNotes.Ardeche.ToList().IndexOf(i.Notes[0]))).ToList();
        firsts.Add((HallNotes.LongTitle, ids.Count - 1));
        foreach (var (title, index) in firsts)
        {
            await hall.CreateClusterAsync(BoardHall.Workshop, title, [ids[index]]);
        }

        var toSort = console.Locator(TestId("to-sort"));
        var groups = toSort.Locator(TestId("to-sort-group"));
        await Assertions.Expect(groups.First).ToBeAttachedAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        await toSort.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Assertions.Expect(toSort.Locator("h3")).ToBeInViewportAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();

        // The counts it claims are the notes it lists: in the heading, and on each group's button.
        var total = 0;
        var groupCount = await groups.CountAsync().DefaultTimeout();
        Assert.True(groupCount >= 10, $"Only {groupCount} groups get proposals among 25.");
        for (var i = 0; i < groupCount; i++)
        {
            var group = groups.Nth(i);
            var listed = await group.Locator(TestId("to-sort-note")).CountAsync().DefaultTimeout();
            var button = await group.Locator(TestId("place-all")).TextContentAsync().DefaultTimeout() ?? "";
            Assert.EndsWith($"({listed})", button, StringComparison.Ordinal);
            total += listed;
        }

        var heading = await toSort.Locator("h3").TextContentAsync().DefaultTimeout() ?? "";
        var claimed = Count().Match(heading);
        Assert.Equal(total, int.Parse(claimed.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(groupCount, int.Parse(claimed.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.True(total <= 275, $"{total} proposals for 275 notes to sort.");
        await AssertFitsTheLaptopAsync(console, toSort);
        await Screenshots.SaveAsync(console, "to-sort-console-300", fullPage: false);

        // "Tout ranger" on one group places exactly its notes.
        var first = groups.First;
        var clusterId = await first.GetAttributeAsync("data-cluster-id").DefaultTimeout() ?? "";
        var count = await first.Locator(TestId("to-sort-note")).CountAsync().DefaultTimeout();
        var cluster = console.Locator(TestId("console-cluster", $"[data-cluster-id='{clusterId}']")).Locator(TestId("console-note"));
        var before = await cluster.CountAsync().DefaultTimeout();
        await first.Locator(TestId("place-all")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(cluster).ToHaveCountAsync(before + count, CountOptions).DefaultTimeout();
        await Assertions.Expect(toSort.Locator(TestId("to-sort-group", $"[data-cluster-id='{clusterId}']"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Assertions.Expect(toSort.Locator("h3")).ToHaveTextAsync(new Regex($"· {total - count} post-it proposés dans {groupCount - 1} regroupements$"), TextOptions).DefaultTimeout();
        await Screenshots.SaveAsync(console, "to-sort-console-300-placed", fullPage: false);

        // "Ranger" on one note places that note alone.
        var next = groups.First;
        var nextId = await next.GetAttributeAsync("data-cluster-id").DefaultTimeout() ?? "";
        var note = next.Locator(TestId("to-sort-note")).First;
        var noteId = await note.GetAttributeAsync("data-note-id").DefaultTimeout() ?? "";
        await note.Locator(TestId("place-note")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("console-cluster", $"[data-cluster-id='{nextId}']")).Locator(TestId("console-note", $"[data-note-id='{noteId}']"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(toSort.Locator(TestId("to-sort-note", $"[data-note-id='{noteId}']"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        consoleErrors.AssertNone();
    }

    private static ILocator BoardCount(BoardScreen board, string clusterId) =>
        board.Page.Locator(TestId("board-cluster", $"[data-cluster-id='{clusterId}']")).Locator(TestId("cluster-count"));

    /// <summary>The section never takes more than the laptop's screen: what follows it stays a scroll away.</summary>
    private static async Task AssertFitsTheLaptopAsync(IPage console, ILocator toSort)
    {
        var box = await toSort.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("The section is not shown.");
        var viewport = console.ViewportSize!;
        Assert.True(box.Height <= viewport.Height * 0.85, $"The section is {box.Height:0} px high on a {viewport.Height} px screen.");
        Assert.True(box.Width <= viewport.Width, $"The section is {box.Width:0} px wide on a {viewport.Width} px screen.");
    }

    [GeneratedRegex(@"(\d+) post-it proposés? dans (\d+) regroupements?$")]
    private static partial Regex Count();
}
