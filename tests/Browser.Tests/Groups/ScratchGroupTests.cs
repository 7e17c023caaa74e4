using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Groups;

/// <summary>
/// A working group for an idea that came from elsewhere: started from the home page on a laptop, its co-animator
/// opens seat 1; a member types the group's code in the home page's code box on a phone and lands on the group; the
/// canvas of 25 entries is shown on a meeting room's projector (1920×1080) and read on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScratchGroupTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task AGroupStartedFromTheHomePageIsJoinedByItsCodeAndItsCanvasReadsOnAProjectorAndAPhone()
    {
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (home, homeErrors) = await NewWatchedPageAsync(laptop);
        await home.GotoAsync(server.Server.Url("/")).DefaultTimeout();
        await home.Locator(TestId("scratch-group")).ClickAsync().DefaultTimeout();
        await home.Locator(TestId("scratch-group-name")).FillAsync("Conserverie solidaire du Vivarais").DefaultTimeout();
        await home.Locator(TestId("scratch-group-promise")).FillAsync("Transformer les surplus des fermes du plateau en bocaux vendus au village").DefaultTimeout();
        await home.Locator(TestId("scratch-group-create")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(home.Locator(TestId("scratch-group-created"))).ToContainTextAsync("Groupe de travail « Conserverie solidaire du Vivarais » créé.", ContainsOptions).DefaultTimeout();
        var code = (await home.Locator(TestId("scratch-group-code")).InnerTextAsync().DefaultTimeout()).Trim();
        var seat2 = (await home.Locator(TestId("scratch-group-seat2")).InnerTextAsync().DefaultTimeout()).Trim();
        await Screenshots.SaveAsync(home, "group-scratch-1-home-created");

        await home.Locator(TestId("scratch-group-open")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(home.Locator(TestId("my-role"))).ToHaveTextAsync("Co-animateur · siège 1", TextOptions).DefaultTimeout();
        await Assertions.Expect(home.Locator(TestId("group-promise"))).ToHaveTextAsync("Transformer les surplus des fermes du plateau en bocaux vendus au village", TextOptions).DefaultTimeout();
        Assert.Equal(0, await home.Locator(TestId("origin-summary")).CountAsync().DefaultTimeout());

        // A member types the group's code where a participant types an evening's: it leads to the group.
        await using var phoneContext = await browser.PhoneContextAsync(width: 360, height: 640);
        var (phone, phoneErrors) = await NewWatchedPageAsync(phoneContext);
        await phone.GotoAsync(server.Server.Url("/")).DefaultTimeout();
        await phone.Locator(TestId("join-code-input")).FillAsync(code.ToLowerInvariant()).DefaultTimeout();
        await phone.Locator(TestId("join-with-code")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("group-nickname"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await phone.Locator(TestId("group-nickname")).FillAsync("Sylvie").DefaultTimeout();
        await phone.Locator(TestId("group-join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("my-role"))).ToHaveTextAsync("Membre", TextOptions).DefaultTimeout();

        // Two months of work in the canvas, written by the second co-animator.
        using (var seeder = new GroupSeeder(server.Server, GroupIdOf(home.Url), GroupSeeder.TokenOf(seat2)))
        {
            foreach (var (block, text) in Entries)
            {
                await seeder.PutCanvasAsync(block, text);
            }
        }

        // In the meeting room, the co-animator's laptop on the projector: the canonical canvas on one screen or so, legible.
        await using var projector = await browser.DesktopContextAsync(1920, 1080);
        var (wall, wallErrors) = await NewWatchedPageAsync(projector);
        await wall.GotoAsync(seat2).DefaultTimeout();
        await Assertions.Expect(wall.Locator(TestId("canvas-item"))).ToHaveCountAsync(Entries.Length, CountOptions).DefaultTimeout();
        await wall.Locator("#canvas-title").ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await wall.EvaluateAsync("() => document.getElementById('canvas-title').scrollIntoView({ block: 'start' })").DefaultTimeout();
        await Screenshots.SaveAsync(wall, "group-scratch-2-canvas-projector-1920", fullPage: false);
        var sizes = await wall.Locator(".canvas-text").EvaluateAllAsync<double[]>("els => els.map(e => parseFloat(getComputedStyle(e).fontSize))").DefaultTimeout();
        Assert.All(sizes, size => Assert.True(size >= 16, $"A canvas entry is drawn at {size}px."));
        var impact = await wall.Locator(TestId("canvas-block", "[data-block='impact']")).BoundingBoxAsync().DefaultTimeout();
        var partners = await wall.Locator(TestId("canvas-block", "[data-block='partenaires']")).BoundingBoxAsync().DefaultTimeout();
        Assert.True(impact!.Y > partners!.Y + partners.Height, "The impact band sits below the nine blocks.");

        // On the phone, the blocks one under the other, each entry readable without zooming.
        await phone.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("canvas-item"))).ToHaveCountAsync(Entries.Length, CountOptions).DefaultTimeout();
        var widths = await phone.Locator(TestId("canvas-block")).EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().width)").DefaultTimeout();
        Assert.All(widths, width => Assert.InRange(width, 280, 360));
        var overflow = await phone.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth").DefaultTimeout();
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the phone.");
        await phone.Locator("#canvas-title").ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(phone, "group-scratch-3-canvas-phone-360", fullPage: false);

        homeErrors.AssertNone();

        // The code box asks for an evening first; the browser logs that refusal, and nothing else went wrong.
        Assert.All(phoneErrors.Errors, error => Assert.Contains($"404 (Not Found) ({server.Server.Url($"/api/join/{code}")}", error, StringComparison.Ordinal));
        wallErrors.AssertNone();
    }

    private static readonly (string Block, string Text)[] Entries =
    [
        ("proposition", "Des bocaux de légumes du plateau toute l'année, sans rien jeter des récoltes"),
        ("proposition", "Un atelier où chacun vient transformer sa propre récolte"),
        ("segments", "Les maraîchers qui jettent leurs invendus en été"),
        ("segments", "Les familles qui veulent manger local l'hiver"),
        ("segments", "Les cantines des écoles du canton"),
        ("relations", "Des journées portes ouvertes à chaque saison"),
        ("canaux", "Le marché de Lamastre et l'épicerie de Désaignes"),
        ("canaux", "Une vente en ligne avec retrait à la conserverie"),
        ("activites", "Stériliser et étiqueter les bocaux"),
        ("activites", "Collecter les surplus dans les fermes le lundi"),
        ("activites", "Former les bénévoles aux règles d'hygiène"),
        ("ressources", "Un autoclave de 100 litres"),
        ("ressources", "Une cuisine aux normes prêtée par la commune"),
        ("partenaires", "La chambre d'agriculture de l'Ardèche"),
        ("partenaires", "Les six fermes du plateau qui fournissent"),
        ("partenaires", "La communauté de communes pour le local"),
        ("couts", "Les bocaux et les couvercles (0,40 € pièce)"),
        ("couts", "L'électricité de l'autoclave"),
        ("couts", "Un salarié à mi-temps"),
        ("revenus", "La vente des bocaux (4 à 6 €)"),
        ("revenus", "La prestation de transformation pour les fermes"),
        ("revenus", "Une subvention LEADER pour l'équipement"),
        ("impact", "Moins de gaspillage des récoltes"),
        ("impact", "Un emploi local et des bénévoles qui se forment"),
        ("impact", "Des produits locaux dans les cantines"),
    ];

    private static string GroupIdOf(string url) => new Uri(url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];
}
