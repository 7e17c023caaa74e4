using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Home;

/// <summary>
/// A first-time animator on a 1366×768 laptop prepares a soirée from an empty home page: what it costs in clicks and
/// fields, how tall the page is, and whether the soirée the server made is the one the page described.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StandardSessionTests(ServerFixture server, BrowserFixture browser)
{
    private const string Challenge = "Comment se déplacer sans voiture dans nos villages ?";
    private const string Project = "Une épicerie ambulante pour les hameaux";
    private const string Elsewhere = "La Navette des Monts du Lyonnais";

    [Fact]
    public async Task ACompleteSessionAtTablesTakesSixClicksAndFourFieldsAndIsCreatedAsThePageSaid()
    {
        await using var context = await HomeContexts.LaptopAsync(browser);
        var (page, errors) = await NewWatchedPageAsync(context);
        await page.GotoAsync(server.Server.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle }).DefaultTimeout();
        var animator = new FirstTimeAnimator(page);
        await Screenshots.SaveAsync(page, "home-laptop-1-empty");

        // The participant's box stands apart: in the right-hand column, neither inside nor above the form.
        var form = await BoxAsync(page.Locator("form.session-form"));
        var join = await BoxAsync(page.GetByTestId("join-box"));
        Assert.True(join.X >= form.X + form.Width, $"The participant's box ({join.X}) is not beside the form ({form.X}+{form.Width}).");
        Assert.Equal(0, await page.Locator("form.session-form [data-testid=join-box]").CountAsync().DefaultTimeout());

        await animator.TypeAsync(page.GetByTestId("title"), "Soirée créative du Val de Ligne");
        await animator.ClickAsync(page.Locator("label[for=preset-tables]"));
        var cards = page.GetByTestId("workshop-form");
        await Assertions.Expect(cards).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-laptop-2-preset-chosen");

        await animator.TypeAsync(cards.Nth(0).GetByTestId("challenge"), Challenge);
        await animator.TypeAsync(cards.Nth(1).GetByTestId("pitch"), Project);
        await animator.TypeAsync(cards.Nth(2).GetByTestId("name"), Elsewhere);

        // What the page says each workshop will be called and where it happens, before creating.
        var said = await SaidAsync(page);
        Assert.Equal(["Émergence", Project, Elsewhere], said.Select(w => w.Title));
        Assert.Equal(["à une table : Table 1", "à une table : Table 2", "à une table : Table 3"], said.Select(w => w.Where));
        Assert.DoesNotContain(said, w => w.Title.EndsWith(" 2", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("details[open]").CountAsync().DefaultTimeout());
        await Screenshots.SaveAsync(page, "home-laptop-3-filled");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight").DefaultTimeout();
        Assert.True(height <= 2 * HomeContexts.LaptopHeight, $"The filled form is {height} px tall, more than two 768 px screens.");

        await animator.ClickAsync(page.GetByTestId("create"));
        await Assertions.Expect(page.GetByTestId("created")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-laptop-4-created");
        Assert.True(animator.Clicks <= 6, $"{animator.Clicks} clicks to create a standard evening.");
        Assert.True(animator.FieldsTyped <= 4, $"{animator.FieldsTyped} fields typed to create a standard evening.");
        Assert.Equal((6, 4), (animator.Clicks, animator.FieldsTyped));

        // The created panel: the secret link once with its copy button, the join code, the way into the console.
        var animatorUrl = await page.GetByTestId("animator-link").InputValueAsync().DefaultTimeout();
        Assert.Matches("/a/[A-Za-z0-9_-]+#[A-Za-z0-9_-]{43,}$", animatorUrl);
        await Assertions.Expect(page.GetByTestId("copy-link")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(page.GetByTestId("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{4}-[A-Z0-9]{4}$"), TextOptions).DefaultTimeout();
        Assert.Equal(animatorUrl, Absolute(server.Server, (await page.GetByTestId("open-console").GetAttributeAsync("href").DefaultTimeout())!));

        var session = await SessionAsync(animatorUrl);
        Assert.Equal("Soirée créative du Val de Ligne", session.GetProperty("title").GetString());
        Assert.Equal("open", session.GetProperty("state").GetString(), ignoreCase: true);
        var workshops = session.GetProperty("workshops").EnumerateArray().ToList();
        Assert.Equal(said.Select(w => w.Title), workshops.Select(w => w.GetProperty("title").GetString()));
        Assert.Equal(["emergence", "acceleration", "essaimage"], workshops.Select(w => w.GetProperty("format").GetString()!.ToLowerInvariant()));
        Assert.Equal(Challenge, workshops[0].GetProperty("input").GetProperty("challenge").GetProperty("text").GetString());
        Assert.Equal(Project, workshops[1].GetProperty("input").GetProperty("projectCard").GetProperty("pitch").GetString());
        Assert.Equal(Elsewhere, workshops[2].GetProperty("input").GetProperty("externalProject").GetProperty("name").GetString());
        Assert.Equal(said.Select(w => w.Where), workshops.Select(w => WhereOnServer(session, w)));
        Assert.All(workshops, w => Assert.Equal(5, w.GetProperty("rounds").GetArrayLength()));

        await page.GetByTestId("open-console").ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.GetByTestId("round").First).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        errors.AssertNone();
    }

    [Fact]
    public async Task EveryWorkshopSaysWhereItHappensAndAFoldedErrorUnfoldsToItsField()
    {
        await using var context = await HomeContexts.LaptopAsync(browser);
        var (page, errors) = await NewWatchedPageAsync(context);
        await page.GotoAsync(server.Server.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle }).DefaultTimeout();
        await page.GetByTestId("title").FillAsync("Soirée des Boutières").DefaultTimeout();
        await page.Locator("label[for=preset-complete]").ClickAsync().DefaultTimeout();
        var cards = page.GetByTestId("workshop-form");
        await Assertions.Expect(cards).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        Assert.All(await SaidAsync(page), w => Assert.Equal("toute la salle (plénière)", w.Where));

        // Two tables: the first takes the first workshop without one, the second is moved to the accélération.
        await cards.Nth(0).GetByTestId("challenge").FillAsync(Challenge).DefaultTimeout();
        await cards.Nth(1).GetByTestId("pitch").FillAsync("Transformer l'ancienne gare en tiers-lieu, avec un café associatif, un atelier de réparation et des bureaux partagés.").DefaultTimeout();
        await cards.Nth(1).GetByTestId("holder").FillAsync("Marie Chabert").DefaultTimeout();
        await cards.Nth(2).GetByTestId("name").FillAsync(Elsewhere).DefaultTimeout();
        await page.GetByTestId("add-table").ClickAsync().DefaultTimeout();
        await page.GetByTestId("add-table").ClickAsync().DefaultTimeout();
        var tables = page.GetByTestId("table-form");
        await tables.Nth(1).GetByTestId("table-name").FillAsync("Table de la gare").DefaultTimeout();
        await tables.Nth(1).GetByTestId("table-workshop").SelectOptionAsync(new SelectOptionValue { Label = "2. Projet porté par Marie Chabert (Accélération)" }).DefaultTimeout();
        var said = await SaidAsync(page);
        Assert.Equal(["Émergence", "Projet porté par Marie Chabert", Elsewhere], said.Select(w => w.Title));
        Assert.Equal(["à une table : Table 1", "à une table : Table de la gare", "toute la salle (plénière)"], said.Select(w => w.Where));

        // A second accélération is numbered within its format; the first keeps the title from its holder.
        await page.GetByTestId("add-acceleration").ClickAsync().DefaultTimeout();
        await Assertions.Expect(cards).ToHaveCountAsync(4, CountOptions).DefaultTimeout();
        Assert.Equal("Accélération 2", (await SaidAsync(page))[3].Title);
        await cards.Nth(3).GetByTestId("remove-workshop").ClickAsync().DefaultTimeout();

        // A wrong round time, folded away: creating unfolds it, says why and puts the cursor in it.
        var more = cards.Nth(0).GetByTestId("more-settings");
        await more.Locator("summary").ClickAsync().DefaultTimeout();
        var ideation = cards.Nth(0).Locator("[data-testid=round-minutes][data-round-id=ideation]");
        await ideation.FillAsync("0").DefaultTimeout();
        await ideation.FillAsync("12").DefaultTimeout();
        await ideation.FillAsync("0").DefaultTimeout();
        await more.Locator("summary").ClickAsync().DefaultTimeout();
        await Assertions.Expect(more).Not.ToHaveAttributeAsync("open", string.Empty, AttributeOptions).DefaultTimeout();
        await page.GetByTestId("create").ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(more).ToHaveAttributeAsync("open", string.Empty, AttributeOptions).DefaultTimeout();
        await Assertions.Expect(ideation).ToBeFocusedAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        await Assertions.Expect(ideation).ToHaveAttributeAsync("aria-invalid", "true", AttributeOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-laptop-5-folded-error-unfolded");

        await page.Keyboard.PressAsync("Control+A").DefaultTimeout();
        await page.Keyboard.TypeAsync("10").DefaultTimeout();
        await page.GetByTestId("create").ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.GetByTestId("created")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();

        var session = await SessionAsync(await page.GetByTestId("animator-link").InputValueAsync().DefaultTimeout());
        var workshops = session.GetProperty("workshops").EnumerateArray().ToList();
        Assert.Equal(said.Select(w => w.Title), workshops.Select(w => w.GetProperty("title").GetString()));
        Assert.Equal(said.Select(w => w.Where), workshops.Select(w => WhereOnServer(session, w)));
        Assert.Equal("Marie Chabert", workshops[1].GetProperty("input").GetProperty("projectCard").GetProperty("holder").GetString());
        var round = workshops[0].GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ideation");
        Assert.Equal(TimeSpan.FromMinutes(10), TimeSpan.Parse(round.GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        errors.AssertNone();
    }

    [Fact]
    public async Task TheFilledHomePageWithAnErrorAndItsSettingsUnfoldedHasNoSeriousAccessibilityViolations()
    {
        await using var context = await HomeContexts.LaptopAsync(browser, bypassCsp: true);
        var page = await context.NewPageAsync().DefaultTimeout();
        await page.GotoAsync(server.Server.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle }).DefaultTimeout();
        await page.Locator("label[for=preset-tables]").ClickAsync().DefaultTimeout();
        await page.GetByTestId("workshop-form").Nth(0).GetByTestId("challenge").FillAsync(Challenge).DefaultTimeout();
        await page.GetByTestId("create").ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        var folded = page.Locator("details:not([open]) > summary");
        while (await folded.CountAsync().DefaultTimeout() > 0)
        {
            await folded.First.ClickAsync().DefaultTimeout();
        }

        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "home-laptop-6-everything-unfolded");
    }

    /// <summary>Each workshop card's title on the screen and where it happens, as the page shows them.</summary>
    private static async Task<List<(string Title, string Where)>> SaidAsync(IPage page)
    {
        var said = new List<(string, string)>();
        foreach (var card in await page.GetByTestId("workshop-form").AllAsync().DefaultTimeout())
        {
            var title = (await card.GetByTestId("screen-title").TextContentAsync().DefaultTimeout())!;
            var where = (await card.GetByTestId("workshop-where-text").TextContentAsync().DefaultTimeout())!;
            Assert.True(await card.GetByTestId("workshop-where").IsVisibleAsync().DefaultTimeout(), $"Where \"{title}\" happens is not in view.");
            said.Add((title, where));
        }

        return said;
    }

    /// <summary>Where the server will run a workshop, in the page's words: its tables, or the whole room.</summary>
    private static string WhereOnServer(JsonElement session, JsonElement workshop)
    {
        var id = workshop.GetProperty("id").GetString();
        var names = session.GetProperty("tables").EnumerateArray()
            .Where(t => t.GetProperty("workshopId").ValueKind == JsonValueKind.String && t.GetProperty("workshopId").GetString() == id)
            .Select(t => t.GetProperty("name").GetString())
            .ToList();
        return names.Count switch
        {
            0 => "toute la salle (plénière)",
            1 => $"à une table : {names[0]}",
            _ => $"aux tables : {string.Join(", ", names)}",
        };
    }

    private async Task<JsonElement> SessionAsync(string animatorUrl)
    {
        var url = new Uri(animatorUrl);
        var snapshot = await server.Server.SnapshotAsync(url.AbsolutePath.Split('/')[^1], url.Fragment.TrimStart('#'));
        return snapshot.GetProperty("session");
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("The element is not laid out.");
}
