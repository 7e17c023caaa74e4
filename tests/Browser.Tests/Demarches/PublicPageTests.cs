using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using UglyToad.PdfPig;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// The territory's public page (/p/ID) on a 1920×1080 projector: only the groups that published, only what each chose
/// to publish, readable from the back of the room (the board's legibility floor), filtered by theme, and printed as one
/// clean list without buttons.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPageTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task OnAProjectorOnlyWhatGroupsPublishedIsShownReadableFilteredAndPrintedAsOneCleanList()
    {
        using var demarche = await DemarcheSeeder.CreateAsync(server.Server, "Start'up de Territoire Ardèche méridionale 2026", "Ardèche méridionale");

        // Published, with its needs and offers and its milestones shown.
        var conserverie = await GroupAsync(demarche, "Conserverie solidaire", "Des bocaux avec les invendus des maraîchers de l'Eyrieux", "launched", "transformationAlimentaire");
        await ExchangeAsync(conserverie, "need", "lieu", "Un local aux normes avec une chambre froide, près de Vernoux");
        await ExchangeAsync(conserverie, "offer", "competences", "Former des bénévoles aux règles d'hygiène de la conserverie");
        await MilestoneAsync(conserverie, "Premiers bocaux vendus au marché de Privas", "2026-06-15", "reached");
        await MilestoneAsync(conserverie, "Atelier ouvert deux jours par semaine", "2026-10-01", "planned");
        await PublishAsync(conserverie, true, "Ouverte à tous les producteurs du plateau : apportez vos surplus le mardi.", showNeeds: true, showMilestones: true);

        // Not published: nothing of it shows.
        var ressourcerie = await GroupAsync(demarche, "Ressourcerie de Privas", "Réparer et revendre plutôt que jeter", "active", "economieCirculaire");
        await ExchangeAsync(ressourcerie, "need", "benevoles", "Des bras pour la collecte du samedi");
        await MilestoneAsync(ressourcerie, "Second point de vente ouvert", "2026-09-01", "inProgress");

        // Published without its milestones nor its needs.
        var epicerie = await GroupAsync(demarche, "Épicerie itinérante du plateau", "Un camion-épicerie dans douze villages chaque semaine", "businessModel", "circuitsCourts");
        await ExchangeAsync(epicerie, "need", "financement", "Un prêt d'honneur pour le camion frigorifique");
        await MilestoneAsync(epicerie, "Camion acheté et aménagé", "2026-05-01", "planned");
        await PublishAsync(epicerie, true, null, showNeeds: false, showMilestones: false);
        await DemarcheSeeder.JoinGroupAsync(server.Server, epicerie.Code, "Odile Marchand");

        await using var projector = await browser.DesktopContextAsync(1920, 1080);
        var (page, errors) = await NewWatchedPageAsync(projector);
        await page.GotoAsync(demarche.PublicUrl).DefaultTimeout();
        var projects = page.Locator(TestId("public-project"));
        await Assertions.Expect(projects).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("public-name"))).ToHaveTextAsync("Start'up de Territoire Ardèche méridionale 2026", TextOptions).DefaultTimeout();
        var text = await page.Locator("body").InnerTextAsync().DefaultTimeout();
        foreach (var shown in new[] { "Conserverie solidaire", "Un local aux normes avec une chambre froide, près de Vernoux", "Former des bénévoles", "Premiers bocaux vendus au marché de Privas", "apportez vos surplus le mardi", "Épicerie itinérante du plateau", "Un camion-épicerie dans douze villages chaque semaine", "Circuits courts", "Transformation alimentaire" })
        {
            Assert.Contains(shown, text, StringComparison.Ordinal);
        }

        foreach (var hidden in new[] { "Ressourcerie de Privas", "Des bras pour la collecte", "Second point de vente", "Un prêt d'honneur", "Camion acheté", "Odile Marchand" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        var epicerieCard = projects.Filter(new() { HasText = "Épicerie itinérante du plateau" });
        Assert.Equal(0, await epicerieCard.Locator(TestId("public-milestones")).CountAsync().DefaultTimeout());
        Assert.Equal(0, await epicerieCard.Locator(TestId("public-needs")).CountAsync().DefaultTimeout());
        await Assertions.Expect(epicerieCard.Locator(TestId("public-stage"))).ToHaveTextAsync("Modèle économique", TextOptions).DefaultTimeout();
        await Assertions.Expect(projects.Filter(new() { HasText = "Conserverie solidaire" }).Locator(TestId("public-milestone"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "public-1-projector-1920", fullPage: false);

        // Readable from the back of the room: no text under the board's floor, the projects' names over its title floor.
        await AssertLegibleAsync(page);

        // Filtered by theme.
        await page.Locator(TestId("theme-filter", "[data-theme='circuitsCourts']")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(projects).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(projects).ToContainTextAsync("Épicerie itinérante du plateau", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("theme-filter", "[data-theme='circuitsCourts']"))).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "public-2-projector-filtered-1920", fullPage: false);
        await page.Locator(TestId("theme-filter", "[data-theme='']")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(projects).ToHaveCountAsync(2, CountOptions).DefaultTimeout();

        // Printed: one list, every project, no button.
        await page.EmulateMediaAsync(new() { Media = Media.Print }).DefaultTimeout();
        Assert.Equal(0, await page.Locator("button:visible").CountAsync().DefaultTimeout());
        await Assertions.Expect(projects).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        var columns = await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll(\"[data-testid='public-project']\")].map(e => Math.round(e.getBoundingClientRect().left))).size").DefaultTimeout();
        Assert.Equal(1, columns);
        await Screenshots.SaveAsync(page, "public-3-print-media", fullPage: true);
        var pdfPath = Path.Combine(Screenshots.Folder, "public-4-print.pdf");
        await page.PdfAsync(new() { Path = pdfPath, Format = "A4", PrintBackground = true }).DefaultTimeout();
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            var words = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains("Conserverie", words, StringComparison.Ordinal);
            Assert.Contains("Épicerie", words, StringComparison.Ordinal);
            Assert.DoesNotContain("Imprimer", words, StringComparison.Ordinal);
            Assert.DoesNotContain("English", words, StringComparison.Ordinal);
            Assert.DoesNotContain("Ressourcerie", words, StringComparison.Ordinal);
        }

        errors.AssertNone();

        // Axe on the projector.
        await using var axeContext = await browser.DesktopContextAsync(1920, 1080, bypassCsp: true);
        var axed = await axeContext.NewPageAsync().DefaultTimeout();
        await axed.GotoAsync(demarche.PublicUrl).DefaultTimeout();
        await Assertions.Expect(axed.Locator(TestId("public-project"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(axed);
    }

    /// <summary>The board's legibility rule (<see cref="BoardScreen"/>): text at least 2.4 % and the projects' names 3 % of the viewport's height.</summary>
    private static async Task AssertLegibleAsync(IPage page)
    {
        var offenders = await page.EvaluateAsync<string[]>(
            """
            ([text, title]) => {
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!n.textContent.trim() || !el || el.closest('.visually-hidden')) continue;
                const r = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
                const floor = (el.closest('.public-project h2') ? title : text) * innerHeight / 100 - 0.5;
                const px = parseFloat(style.fontSize);
                if (px < floor) out.push(`${px}px < ${floor.toFixed(1)}px: "${n.textContent.trim().slice(0, 40)}"`);
              }
              return out;
            }
            """,
            new[] { BoardScreen.MinTextVh, BoardScreen.MinTitleVh }).DefaultTimeout();
        Assert.True(offenders.Length == 0, string.Join(Environment.NewLine, offenders));
    }

    private sealed record Group(string Id, string Code, string Seat);

    private async Task<Group> GroupAsync(DemarcheSeeder demarche, string name, string promise, string stage, string theme)
    {
        var (groupId, code, seat) = await DemarcheSeeder.CreateGroupAsync(server.Server, name, promise);
        await DemarcheSeeder.PutGroupAsync(server.Server, seat, $"/api/groups/{groupId}/card", new { name, promise, stage, theme });
        await demarche.LinkGroupAsync(code);
        return new Group(groupId, code, seat);
    }

    private Task ExchangeAsync(Group group, string kind, string category, string text) =>
        DemarcheSeeder.PutGroupAsync(server.Server, group.Seat, $"/api/groups/{group.Id}/exchanges/{DemarcheSeeder.NewId("x")}", new { kind, category, text });

    private Task MilestoneAsync(Group group, string title, string due, string status) =>
        DemarcheSeeder.PutGroupAsync(server.Server, group.Seat, $"/api/groups/{group.Id}/milestones/{DemarcheSeeder.NewId("m")}", new { title, due, status, note = (string?)null });

    private Task PublishAsync(Group group, bool published, string? publicText, bool showNeeds, bool showMilestones) =>
        DemarcheSeeder.PutGroupAsync(server.Server, group.Seat, $"/api/groups/{group.Id}/publication", new { published, publicText, showNeeds, showMilestones });
}
