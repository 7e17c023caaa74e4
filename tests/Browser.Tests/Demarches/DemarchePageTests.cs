using System.Diagnostics;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// The démarche's page (/d/ID) on a 1366×768 laptop: the coordinator's four phases in the first screen, with true
/// statuses as partners, proposals and the plan come in; partners and the 360° view of the univers; animators and
/// their personal links, masked until asked; a named animator's own view and rehearsal; and the page at the size of a
/// real territory's year (25 partners, 300 proposals, 25 groups).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemarchePageTests(ServerFixture server, BrowserFixture browser)
{
    private const string Name = "Start'up de Territoire Ardèche méridionale 2026";

    [Fact]
    public async Task TheCoordinatorSeesThePhasesChangeAsPartnersProposalsAndThePlanComeIn()
    {
        using var demarche = await DemarcheSeeder.CreateAsync(server.Server, Name, "Ardèche méridionale");
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (page, errors) = await NewWatchedPageAsync(laptop);
        await page.GotoAsync(demarche.CoordinatorUrl).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("demarche-name"))).ToHaveTextAsync(Name, TextOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("my-role"))).ToHaveTextAsync("Coordinateur", TextOptions).DefaultTimeout();
        Assert.DoesNotContain("#", page.Url, StringComparison.Ordinal);

        // The four phases, all in the first screen, all "à faire" for a démarche just made.
        await Screenshots.SaveAsync(page, "demarche-1-laptop-new-1366", fullPage: false);
        for (var n = 1; n <= 4; n++)
        {
            await ConsultationOnAPhoneTests.AssertOnScreenAndReadableAsync(page, page.Locator(TestId($"phase-{n}")));
        }

        await AssertPhasesAsync(page, "aFaire", "aFaire", "aFaire", "aFaire");
        await Assertions.Expect(page.Locator(TestId("phase-1"))).ToContainTextAsync("0 partenaire · 0 univers sur 6 · 0 proposition", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("phase-4"))).ToContainTextAsync("0 lancé · 0 en activité", ContainsOptions).DefaultTimeout();

        // Partners, added on the page: the first circle, then one who joined.
        await AddPartnerAsync(page, "Mairie de Privas", "collectivites", "premier", "Sylvie Roche, 04 75 64 06 44");
        await AddPartnerAsync(page, "Centre social de Vernoux", "associations", "premier", "accueil@centre-social-vernoux.example.org");
        await AddPartnerAsync(page, "Ressourcerie de Privas", "associations", "rejoint", null);
        await Assertions.Expect(page.Locator(TestId("partners-premier")).Locator(TestId("partner-row"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("partners-rejoint")).Locator(TestId("partner-row"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("partners-premier")).Locator(TestId("partner-contact")).First).ToHaveTextAsync("Sylvie Roche · 04 75 64 06 44", TextOptions).DefaultTimeout();
        await AssertPhasesAsync(page, "enCours", "aFaire", "aFaire", "aFaire");
        await Assertions.Expect(page.Locator(TestId("phase-1"))).ToContainTextAsync("3 partenaires", ContainsOptions).DefaultTimeout();

        // The 360° view: two univers mobilised, four said missing.
        await Assertions.Expect(page.Locator(TestId("univers-associations"))).ToHaveAttributeAsync("data-count", "2", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("univers-collectivites"))).ToHaveAttributeAsync("data-missing", "false", AttributeOptions).DefaultTimeout();
        foreach (var missing in new[] { "entreprises", "citoyens", "emploiFormation", "financeurs" })
        {
            await Assertions.Expect(page.Locator(TestId($"univers-{missing}"))).ToHaveAttributeAsync("data-missing", "true", AttributeOptions).DefaultTimeout();
            await Assertions.Expect(page.Locator(TestId($"univers-{missing}"))).ToContainTextAsync("manquant", ContainsOptions).DefaultTimeout();
        }

        await Assertions.Expect(page.Locator(TestId("univers-summary"))).ToHaveTextAsync("4 univers manquants : Entreprises, Citoyens, Emploi et formation, Financeurs.", TextOptions).DefaultTimeout();
        await page.Locator(TestId("univers")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(page, "demarche-2-laptop-partners-360-view-1366", fullPage: false);

        // Proposals come in from the consultation; the coordinator picks two for the evening on the page.
        var visitor = await demarche.NewVisitorAsync();
        var proposals = ArdecheProposals.Forty();
        foreach (var proposal in proposals.Take(3))
        {
            await demarche.ProposeAsync(visitor, proposal);
        }

        await demarche.ProposeAsync(visitor, new
        {
            kind = "projetLocal", title = "Séchoir à châtaignes partagé", text = "Un séchoir collectif pour les petits castanéiculteurs du plateau.",
            holder = "Olivier Teyssier", contact = new { name = (string?)null, email = "olivier.teyssier@example.org", phone = "06 71 22 33 44" }, consent = true,
        });
        await page.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("phase-1"))).ToContainTextAsync("4 propositions", ContainsOptions).DefaultTimeout();

        // The holder's contact, given with consent, is the coordinator's to read, in words.
        await Assertions.Expect(page.Locator(TestId("proposal-contact"))).ToHaveTextAsync("Contact du porteur (donné avec son accord) : olivier.teyssier@example.org · 06 71 22 33 44", TextOptions).DefaultTimeout();
        await AssertPhasesAsync(page, "enCours", "aFaire", "aFaire", "aFaire");
        foreach (var title in new[] { "Se déplacer sans voiture entre les hameaux", "Conserverie solidaire" })
        {
            await page.Locator(TestId("candidate"), new() { HasText = title }).Locator(TestId("pick")).ClickAsync().DefaultTimeout();
            await Assertions.Expect(page.Locator(TestId("run-step"), new() { HasText = title })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
            await Assertions.Expect(page.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        }

        await AssertPhasesAsync(page, "enCours", "enCours", "aFaire", "aFaire");
        await Assertions.Expect(page.Locator(TestId("phase-2"))).ToContainTextAsync("2 ateliers prévus", ContainsOptions).DefaultTimeout();
        var plan = (await demarche.PageAsync()).GetProperty("plan").GetProperty("picks");
        Assert.Equal(["emergence", "acceleration"], plan.EnumerateArray().Select(p => p.GetProperty("format").GetString()!));

        // An animator, named on the page; their personal link masked until asked for and shown.
        await page.Locator(TestId("animator-new")).Locator("summary").ClickAsync().DefaultTimeout();
        await page.Locator(TestId("animator-form")).Locator(TestId("animator-name")).FillAsync("Nadia Ferrand").DefaultTimeout();
        await page.Locator(TestId("animator-form")).Locator(TestId("animator-role")).SelectOptionAsync("coAnimateur").DefaultTimeout();
        await page.Locator(TestId("animator-form")).Locator(TestId("animator-submit")).ClickAsync().DefaultTimeout();
        var animator = page.Locator(TestId("animator-row"), new() { HasText = "Nadia Ferrand" });
        await Assertions.Expect(animator).ToHaveAttributeAsync("data-role", "coAnimateur", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(animator).ToContainTextAsync("Co-animateur", ContainsOptions).DefaultTimeout();
        await animator.Locator(TestId("animator-link-ask")).ClickAsync().DefaultTimeout();
        var link = animator.Locator(TestId("animator-link"));
        await Assertions.Expect(link).ToHaveAttributeAsync("data-revealed", "false", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(link).ToHaveTextAsync("••••••••", TextOptions).DefaultTimeout();
        Assert.DoesNotContain("/d/" + demarche.Id + "#", await page.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        await animator.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(page, "demarche-3-laptop-animator-link-masked-1366", fullPage: false);
        await animator.Locator(TestId("reveal-secret")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(link).ToHaveAttributeAsync("data-revealed", "true", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(link).ToContainTextAsync($"/d/{demarche.Id}#", ContainsOptions).DefaultTimeout();
        var animatorUrl = (await link.TextContentAsync().DefaultTimeout())!.Trim();
        Assert.DoesNotContain(demarche.Token, animatorUrl, StringComparison.Ordinal);

        // The link opens the démarche as that animator, on another laptop.
        await using var other = await browser.DesktopContextAsync(1366, 768);
        var (theirs, theirErrors) = await NewWatchedPageAsync(other);
        await theirs.GotoAsync(animatorUrl).DefaultTimeout();
        await Assertions.Expect(theirs.Locator(TestId("my-role"))).ToHaveAttributeAsync("data-role", "animateur", AttributeOptions).DefaultTimeout();

        errors.AssertNone();
        theirErrors.AssertNone();

        // Axe on the coordinator's page with everything in it.
        await using var axeContext = await browser.DesktopContextAsync(1366, 768, bypassCsp: true);
        var axed = await axeContext.NewPageAsync().DefaultTimeout();
        await axed.GotoAsync(demarche.CoordinatorUrl).DefaultTimeout();
        await Assertions.Expect(axed.Locator(TestId("run-step"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(axed);
    }

    [Fact]
    public async Task ANamedAnimatorSeesTheirRoleAndTheRunOfShowAndRehearsesInAPracticeSoireeThatIsNoneOfTheDemarchesSoirees()
    {
        using var demarche = await DemarcheSeeder.CreateAsync(server.Server, Name, "Ardèche méridionale");
        await demarche.PutPartnerAsync("Mairie de Privas", "collectivites", "premier", new { name = "Sylvie Roche", email = "s.roche@privas.example.org", phone = (string?)null });
        await demarche.PutPartnerAsync("Crédit coopératif", "financeurs", "rejoint", null);
        var visitor = await demarche.NewVisitorAsync();
        var picks = new List<string>();
        foreach (var proposal in ArdecheProposals.Forty().Take(3))
        {
            picks.Add(await demarche.ProposeAsync(visitor, proposal));
        }

        await demarche.PutPlanAsync("Soirée créative de Privas", "2026-03-12", [.. picks]);
        var animatorId = await demarche.PutAnimatorAsync("Thomas Chabert", "animateur");
        var animatorUrl = await demarche.AnimatorLinkAsync(animatorId);

        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (page, errors) = await NewWatchedPageAsync(laptop);
        await page.GotoAsync(animatorUrl).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("my-role"))).ToHaveTextAsync("Animateur", TextOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("demarche-name"))).ToHaveTextAsync(Name, TextOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("phases"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();

        // The run-of-show, in order, and "Répéter la soirée".
        await Assertions.Expect(page.Locator(TestId("run-step"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        Assert.Equal(["emergence", "acceleration", "essaimage"], await page.Locator(TestId("run-step")).EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.format)").DefaultTimeout());
        await Assertions.Expect(page.Locator(TestId("practice"))).ToHaveTextAsync("Répéter la soirée", TextOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "demarche-4-laptop-named-animator-1366", fullPage: false);

        // Nothing of the partners nor of the coordinator's controls.
        var text = await page.Locator("body").InnerTextAsync().DefaultTimeout();
        Assert.DoesNotContain("Sylvie Roche", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s.roche@privas.example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Crédit coopératif", text, StringComparison.Ordinal);
        foreach (var control in new[] { "partner-row", "partner-new", "animator-new", "animator-link-ask", "coordinator-link", "consultation-close", "pick", "unpick", "pick-up", "plan-submit", "create-soiree", "hide-proposal", "export-portfolio-csv", "export-report-pdf", "group-link-form", "fiche-import" })
        {
            Assert.Equal(0, await page.Locator(TestId(control)).CountAsync().DefaultTimeout());
        }

        // "Répéter la soirée": a practice soirée with the same run-of-show, in a tab of its own.
        var console = await page.RunAndWaitForPopupAsync(() => page.Locator(TestId("practice")).ClickAsync()).DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("round")).First).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.Contains("practice-", console.Url, StringComparison.Ordinal);
        await Assertions.Expect(console.Locator("body")).ToContainTextAsync("Répétition — Soirée créative de Privas", ContainsOptions).DefaultTimeout();
        await Screenshots.SaveAsync(console, "demarche-5-laptop-practice-console-1366", fullPage: false);
        await Assertions.Expect(page.Locator(TestId("practice-link"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();

        // It is none of the démarche's soirées, and the mobilisation is not done by it.
        var read = await demarche.PageAsync();
        Assert.Equal(0, read.GetProperty("soirees").GetArrayLength());
        Assert.Equal("enCours", read.GetProperty("phases")[1].GetProperty("status").GetString());
        errors.AssertNone();
    }

    [Fact]
    public async Task WithTwentyFivePartnersThreeHundredProposalsAndTwentyFiveGroupsThePageStaysUsableAndItsCountsTrue()
    {
        using var demarche = await DemarcheSeeder.CreateAsync(server.Server, Name, "Ardèche méridionale");
        string[] univers = ["associations", "entreprises", "collectivites", "citoyens", "emploiFormation"];
        for (var i = 0; i < 25; i++)
        {
            await demarche.PutPartnerAsync($"{Partners[i % Partners.Length]}{(i < Partners.Length ? "" : $" ({i / Partners.Length + 1})")}", univers[i % univers.Length], i < 8 ? "premier" : "rejoint", i % 3 == 0 ? new { name = (string?)null, email = $"contact{i}@example.org", phone = (string?)null } : null);
        }

        // 300 proposals by 15 visitors, each supporting the twenty proposals after their own.
        var visitors = new List<string>();
        var ids = new List<string>();
        using (var all = ArdecheProposals.All().GetEnumerator())
        {
            for (var v = 0; v < 15; v++)
            {
                var visitor = await demarche.NewVisitorAsync();
                visitors.Add(visitor);
                for (var i = 0; i < 20 && all.MoveNext(); i++)
                {
                    ids.Add(await demarche.ProposeAsync(visitor, all.Current));
                }
            }
        }

        var supports = 0;
        for (var v = 0; v < visitors.Count; v++)
        {
            for (var k = 0; k < v + 1; k++)
            {
                await demarche.SupportAsync(visitors[v], ids[k * 7 % ids.Count]);
                supports++;
            }
        }

        // Two groups first.
        var themes = new[] { "economieCirculaire", "circuitsCourts", "transformationAlimentaire", "energiesRenouvelables", "tourismeDurable" };
        var stages = new[] { "exploration", "businessModel", "launched", "active", "exploration" };
        for (var g = 0; g < 2; g++)
        {
            await LinkGroupAsync(demarche, g, themes, stages);
        }

        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (page, errors) = await NewWatchedPageAsync(laptop);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(demarche.CoordinatorUrl).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("portfolio-row"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("phase-1"))).ToContainTextAsync("300 propositions", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("phase-1"))).ToContainTextAsync("25 partenaires", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("phase-1"))).ToContainTextAsync("5 univers sur 6", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("univers-summary"))).ToHaveTextAsync("1 univers manquant : Financeurs.", TextOptions).DefaultTimeout();
        Assert.Equal(8, await page.Locator(TestId("partners-premier")).Locator(TestId("partner-row")).CountAsync().DefaultTimeout());
        Assert.Equal(17, await page.Locator(TestId("partners-rejoint")).Locator(TestId("partner-row")).CountAsync().DefaultTimeout());
        await Assertions.Expect(page.Locator(TestId("candidate"))).ToHaveCountAsync(300, CountOptions).DefaultTimeout();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The page took {clock.Elapsed.TotalSeconds:0.0} s to show 300 proposals.");
        await AssertPhasesAsync(page, "enCours", "aFaire", "enCours", "aFaire");
        await page.Locator(TestId("portfolio")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(page, "demarche-6-laptop-portfolio-2-groups-1366", fullPage: false);

        // The consultation's counts are the server's.
        var consultation = (await demarche.PageAsync()).GetProperty("consultation");
        Assert.Equal((300, supports), (consultation.GetProperty("proposals").GetInt32(), consultation.GetProperty("supports").GetInt32()));
        var most = page.Locator(TestId("proposal-card", $"[data-proposal-id='{ids[0]}']")).Locator(TestId("support-count"));
        await Assertions.Expect(most).ToHaveAttributeAsync("data-count", "15", AttributeOptions).DefaultTimeout();

        // Twenty-three more groups: 25 in the portfolio, and the filters by theme and stage count true.
        for (var g = 2; g < 25; g++)
        {
            await LinkGroupAsync(demarche, g, themes, stages);
        }

        await page.ReloadAsync().DefaultTimeout();
        var rows = page.Locator(TestId("portfolio-row"));
        await Assertions.Expect(rows).ToHaveCountAsync(25, CountOptions).DefaultTimeout();
        await page.Locator(TestId("filter-theme")).SelectOptionAsync("circuitsCourts").DefaultTimeout();
        await Assertions.Expect(rows).ToHaveCountAsync(5, CountOptions).DefaultTimeout();
        Assert.All(await rows.EvaluateAllAsync<string[]>("r => r.map(e => e.dataset.theme)").DefaultTimeout(), t => Assert.Equal("circuitsCourts", t));
        Assert.Contains("Circuits courts (5)", await page.Locator(TestId("filter-theme")).InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        await page.Locator(TestId("filter-stage")).SelectOptionAsync("lancement").DefaultTimeout();
        await Assertions.Expect(rows).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("portfolio-filtered-out"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await page.Locator(TestId("filter-theme")).SelectOptionAsync("").DefaultTimeout();
        await Assertions.Expect(rows).ToHaveCountAsync(5, CountOptions).DefaultTimeout();
        Assert.All(await rows.EvaluateAllAsync<string[]>("r => r.map(e => e.dataset.stage)").DefaultTimeout(), s => Assert.Equal("lancement", s));
        await page.Locator(TestId("filter-stage")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(page, "demarche-7-laptop-portfolio-25-groups-filtered-1366", fullPage: false);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "The page scrolls sideways on a 1366 px laptop.");
        errors.AssertNone();
    }

    private static readonly string[] Partners =
    [
        "Mairie de Privas", "Communauté d'agglomération Privas Centre Ardèche", "Centre social de Vernoux", "Ressourcerie de Privas",
        "Chambre d'agriculture de l'Ardèche", "Mission locale Centre Ardèche", "Lycée agricole d'Aubenas", "Association des commerçants de Privas",
        "Parc naturel régional des Monts d'Ardèche", "Coopérative fruitière de l'Eyrieux", "France Travail Privas", "Collectif des habitants des Ollières",
    ];

    private static readonly string[] GroupNames =
    [
        "Conserverie solidaire", "Ressourcerie de Privas", "Épicerie itinérante du plateau", "Coopérative d'énergie citoyenne", "Gîtes d'étape sur la Dolce Via",
        "Légumerie des cantines", "Atelier vélo de la vallée", "Marché du soir", "Séchoir à châtaignes partagé", "Recyclerie du BTP",
    ];

    private async Task LinkGroupAsync(DemarcheSeeder demarche, int g, string[] themes, string[] stages)
    {
        var name = GroupNames[g % GroupNames.Length] + (g < GroupNames.Length ? "" : $" ({g / GroupNames.Length + 1})");
        var (groupId, code, seat) = await DemarcheSeeder.CreateGroupAsync(server.Server, name, "Un projet du territoire, porté par ses habitants");
        await DemarcheSeeder.PutGroupAsync(server.Server, seat, $"/api/groups/{groupId}/card", new { name, promise = "Un projet du territoire, porté par ses habitants", stage = stages[g % stages.Length], theme = themes[g % themes.Length] });
        await demarche.LinkGroupAsync(code);
    }

    private static async Task AddPartnerAsync(IPage page, string name, string univers, string circle, string? contact)
    {
        var fold = page.Locator(TestId("partner-new"));
        if (await fold.GetAttributeAsync("open").DefaultTimeout() is null)
        {
            await fold.Locator("summary").ClickAsync().DefaultTimeout();
        }

        var form = fold.Locator(TestId("partner-form"));
        await form.Locator(TestId("partner-name")).FillAsync(name).DefaultTimeout();
        await form.Locator(TestId("partner-univers")).SelectOptionAsync(univers).DefaultTimeout();
        await form.Locator(TestId("partner-circle")).SelectOptionAsync(circle).DefaultTimeout();
        await form.Locator(TestId("partner-contact")).FillAsync(contact ?? "").DefaultTimeout();
        await form.Locator(TestId("partner-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId($"partners-{circle}")).Locator(TestId("partner-row"), new() { HasText = name })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
    }

    private static readonly Dictionary<string, string> StatusWords = new() { ["aFaire"] = "à faire", ["enCours"] = "en cours", ["fait"] = "fait" };

    private static async Task AssertPhasesAsync(IPage page, params string[] statuses)
    {
        for (var n = 1; n <= 4; n++)
        {
            var phase = page.Locator(TestId($"phase-{n}"));
            await Assertions.Expect(phase).ToHaveAttributeAsync("data-status", statuses[n - 1], AttributeOptions).DefaultTimeout();
            await Assertions.Expect(phase.Locator(TestId("phase-status"))).ToHaveTextAsync(StatusWords[statuses[n - 1]], TextOptions).DefaultTimeout();
        }
    }
}
