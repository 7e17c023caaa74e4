using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Groups;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// A territory's whole démarche, as its people live it: the coordinator starts it from the home page on a laptop
/// (1366×768) and names the first circle of partners; three people answer the consultation on their phones (360×640)
/// with two défis, a local project and a project from elsewhere, and support each other's; the coordinator makes the
/// evening's run-of-show from them; the evening runs and its piste becomes a working group; the group launches and
/// says what it needs, which a project started elsewhere in the territory offers; the portfolio links the two; the
/// public page, on a projector (1920×1080), shows only what the group published; and the group's fiche projet is
/// taken by a second territory's démarche straight into an essaimage workshop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemarcheJourneyTests(ServerFixture server, BrowserFixture browser)
{
    /// <summary>The démarche, group and consultation pages read again every few seconds: another device's write shows within this.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Reread = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToHaveCountOptions RereadCount = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToContainTextOptions RereadContains = new() { Timeout = 30_000 };

    private const string Name = "Start'up de Territoire Ardèche méridionale 2026";
    private const string Defi = "Comment garder nos légumes d'été pour l'hiver ?";
    private const string Mobility = "Comment aller au marché sans voiture depuis les hameaux ?";
    private const string Ressourcerie = "Ressourcerie du Pays des Vans";
    private const string Elsewhere = "Conserverie mobile du Diois";
    private const string Legumerie = "Légumerie-conserverie des Vans";

    [Fact]
    public async Task FromTheConsultationToTheEveningToALaunchedProjectLinkedToAnotherAndTakenUpByAnotherTerritory()
    {
        var errors = new List<PageErrors>();

        // 1. The coordinator starts the démarche from the home page.
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (coordinator, coordinatorErrors) = await NewWatchedPageAsync(laptop);
        errors.Add(coordinatorErrors);
        await coordinator.GotoAsync(server.Server.Url("/")).DefaultTimeout();
        await coordinator.Locator(TestId("demarche-block")).ClickAsync().DefaultTimeout();
        await coordinator.Locator(TestId("demarche-name")).FillAsync(Name).DefaultTimeout();
        await coordinator.Locator(TestId("demarche-territory")).FillAsync("Ardèche méridionale").DefaultTimeout();
        await Screenshots.SaveAsync(coordinator, "demarche-0-home", fullPage: false);
        await coordinator.Locator(TestId("demarche-create")).ClickAsync().DefaultTimeout();
        await coordinator.WaitForURLAsync("**/d/demarche-*").DefaultTimeout();
        Assert.DoesNotContain("#", coordinator.Url, StringComparison.Ordinal);
        await Assertions.Expect(coordinator.Locator("h1").First).ToContainTextAsync(Name, ContainsOptions).DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("my-role"))).ToHaveAttributeAsync("data-role", "coordinateur", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("phase-1"))).ToHaveAttributeAsync("data-status", "aFaire", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("phases"))).ToBeInViewportAsync().DefaultTimeout();
        var demarcheId = coordinator.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        await Screenshots.SaveAsync(coordinator, "demarche-1-created", fullPage: false);

        // 2. The first circle of partners, then one that joined: the 360° view says which univers are still missing.
        await AddPartnerAsync(coordinator, "Communauté de communes du Pays des Vans en Cévennes", "collectivites", "premier");
        await AddPartnerAsync(coordinator, "Association Terre et Cévennes", "associations", "premier");
        await AddPartnerAsync(coordinator, "Club des entreprises du bassin d'Aubenas", "entreprises", "rejoint");
        await Assertions.Expect(coordinator.Locator(TestId("partner-row"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("univers-collectivites"))).ToHaveAttributeAsync("data-missing", "false", AttributeOptions).DefaultTimeout();
        foreach (var missing in new[] { "citoyens", "emploiFormation", "financeurs" })
        {
            await Assertions.Expect(coordinator.Locator(TestId($"univers-{missing}"))).ToHaveAttributeAsync("data-missing", "true", AttributeOptions).DefaultTimeout();
        }

        await Assertions.Expect(coordinator.Locator(TestId("phase-1"))).ToHaveAttributeAsync("data-status", "enCours", AttributeOptions).DefaultTimeout();
        await coordinator.Locator(TestId("univers")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(coordinator, "demarche-2-partners-360", fullPage: false);

        // 3. The consultation, open by its link: three phones propose and support.
        var consultationUrl = (await coordinator.Locator(TestId("consultation-link")).InnerTextAsync().DefaultTimeout()).Trim();
        Assert.Contains("/c/", consultationUrl, StringComparison.Ordinal);
        await using var odileContext = await browser.PhoneContextAsync(width: 360, height: 640);
        await using var bernardContext = await browser.PhoneContextAsync(width: 360, height: 640);
        await using var inesContext = await browser.PhoneContextAsync(width: 360, height: 640);
        var (odile, odileErrors) = await NewWatchedPageAsync(odileContext);
        var (bernard, bernardErrors) = await NewWatchedPageAsync(bernardContext);
        var (ines, inesErrors) = await NewWatchedPageAsync(inesContext);
        errors.AddRange([odileErrors, bernardErrors, inesErrors]);
        foreach (var phone in new[] { odile, bernard, ines })
        {
            await phone.GotoAsync(Absolute(server.Server, consultationUrl)).DefaultTimeout();
            await Assertions.Expect(phone.Locator(TestId("demarche-name"))).ToHaveTextAsync(Name, TextOptions).DefaultTimeout();
        }

        await Assertions.Expect(odile.Locator(TestId("propose-defi"))).ToBeInViewportAsync().DefaultTimeout();
        await Screenshots.SaveAsync(odile, "demarche-3-consultation-phone", fullPage: false);
        await ProposeAsync(odile, "defi", new()
        {
            ["title"] = Defi,
            ["text"] = "Les maraîchers de la vallée jettent une partie de la récolte d'été faute de débouchés, et l'hiver nous achetons des conserves venues de loin.",
        });
        await ProposeAsync(odile, "defi", new()
        {
            ["title"] = Mobility,
            ["text"] = "Le car passe deux fois par jour ; les anciens des hameaux dépendent des voisins pour descendre au marché du samedi.",
        });
        await ProposeAsync(bernard, "projetLocal", new()
        {
            ["title"] = Ressourcerie,
            ["text"] = "Collecter, réparer et revendre meubles et outils : un lieu ouvert trois jours par semaine à Chambonas, avec des bénévoles et deux emplois aidés.",
            ["holder"] = "Bernard Chazal",
            ["contact"] = "bernard.chazal@example.org",
        }, consent: true);
        await ProposeAsync(ines, "projetAilleurs", new()
        {
            ["title"] = Elsewhere,
            ["where"] = "Die (Drôme)",
            ["text"] = "Un atelier de conserverie dans un camion, qui va de ferme en ferme pour mettre en bocaux les surplus de saison.",
            ["link"] = "https://example.org/conserverie-mobile",
            ["why"] = "Nos fermes sont petites et éloignées : un outil qui se déplace leur éviterait d'investir chacune.",
        });

        // What the phones say is true: each proposal is stored, and none waits any more.
        foreach (var phone in new[] { odile, bernard, ines })
        {
            await Assertions.Expect(phone.Locator(TestId("proposal-waiting"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
            await Assertions.Expect(phone.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        }

        var code = consultationUrl[(consultationUrl.LastIndexOf('/') + 1)..];
        var stored = await ConsultationAsync(code);
        Assert.Equal(4, stored.GetProperty("proposals").GetArrayLength());

        // Support: Bernard and Inès back Odile's défi, Odile backs Bernard's ressourcerie.
        await SupportAsync(bernard, Defi);
        await SupportAsync(ines, Defi);
        await SupportAsync(odile, Ressourcerie);
        await Assertions.Expect(Card(ines, Defi).Locator(TestId("support-count"))).ToHaveAttributeAsync("data-count", "2", AttributeOptions).DefaultTimeout();
        await Card(bernard, Defi).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(bernard, "demarche-4-consultation-supported", fullPage: false);

        // 4. The coordinator makes the evening's run-of-show from them: the défi, the local project, the one from elsewhere.
        // Bernard's contact, given with consent, is the coordinator's to read; no phone shows it.
        await coordinator.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("proposal-contact"))).ToContainTextAsync("bernard.chazal@example.org", ContainsOptions).DefaultTimeout();
        foreach (var phone in new[] { odile, ines })
        {
            Assert.DoesNotContain("bernard.chazal", await phone.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        }

        foreach (var title in new[] { Defi, Ressourcerie, Elsewhere })
        {
            var candidate = coordinator.Locator(TestId("candidate"), new() { HasText = title });
            await candidate.Locator(TestId("pick")).ClickAsync().DefaultTimeout();
            await Assertions.Expect(coordinator.Locator(TestId("run-step"), new() { HasText = title })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        }

        var steps = coordinator.Locator(TestId("run-step"));
        await Assertions.Expect(steps).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        Assert.Equal(["emergence", "acceleration", "essaimage"], await FormatsAsync(steps));
        await coordinator.Locator(TestId("plan-title")).FillAsync("Soirée créative du Pays des Vans").DefaultTimeout();
        await coordinator.Locator(TestId("plan-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("phase-2"))).ToHaveAttributeAsync("data-status", "enCours", AttributeOptions).DefaultTimeout();
        await steps.First.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(coordinator, "demarche-5-run-of-show", fullPage: false);

        // The proposers see that theirs was kept for the evening.
        await Assertions.Expect(Card(odile, Defi).Locator(TestId("outcome"))).ToHaveAttributeAsync("data-outcome", "retenue", new() { Timeout = 30_000 }).DefaultTimeout();

        await coordinator.Locator(TestId("create-soiree")).ClickAsync().DefaultTimeout();
        var createdPanel = coordinator.Locator(TestId("soiree-created"));
        await Assertions.Expect(createdPanel).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(createdPanel.Locator(TestId("holder"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(createdPanel.Locator(TestId("holder"))).ToContainTextAsync("Bernard Chazal", ContainsOptions).DefaultTimeout();
        await createdPanel.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(coordinator, "demarche-6-soiree-created", fullPage: false);
        var consoleUrl = await createdPanel.Locator(TestId("console-link")).GetAttributeAsync("href").DefaultTimeout()
            ?? throw new InvalidOperationException("The console link has no address.");
        await Assertions.Expect(coordinator.Locator(TestId("run-empty"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.Equal(0, await coordinator.Locator(TestId("create-soiree")).CountAsync().DefaultTimeout());

        // Bernard's personal link opens the evening on his phone as himself, the holder of his project.
        var holder = createdPanel.Locator(TestId("holder"));
        await holder.Locator(TestId("reveal-secret")).ClickAsync().DefaultTimeout();
        var holderUrl = (await holder.Locator("[data-revealed='true']").InnerTextAsync().DefaultTimeout()).Trim();
        var (porteur, porteurErrors) = await NewWatchedPageAsync(bernardContext);
        errors.Add(porteurErrors);
        await porteur.GotoAsync(Absolute(server.Server, holderUrl)).DefaultTimeout();
        await Assertions.Expect(porteur.Locator(TestId("me-nickname"))).ToHaveTextAsync("Bernard Chazal", TextOptions).DefaultTimeout();
        Assert.DoesNotContain("#", porteur.Url, StringComparison.Ordinal);
        await Assertions.Expect(porteur.Locator(".connection")).ToHaveAttributeAsync("data-state", "online", AttributeOptions).DefaultTimeout();
        await Screenshots.SaveAsync(porteur, "demarche-6b-porteur-phone", fullPage: false);
        await porteur.CloseAsync().DefaultTimeout();

        // On the village hall's laptop, which did not create the soirée, the coordinator's own link gets a console link.
        var ownLink = coordinator.Locator("details.coordinator-link");
        await ownLink.Locator("summary").ClickAsync().DefaultTimeout();
        await ownLink.Locator(TestId("reveal-secret")).ClickAsync().DefaultTimeout();
        var coordinatorUrl = (await ownLink.Locator("[data-revealed='true']").InnerTextAsync().DefaultTimeout()).Trim();
        Assert.Contains($"/d/{demarcheId}#", coordinatorUrl, StringComparison.Ordinal);
        await using (var hallLaptop = await browser.DesktopContextAsync(1366, 768))
        {
            var (hallPage, hallErrors) = await NewWatchedPageAsync(hallLaptop);
            errors.Add(hallErrors);
            await hallPage.GotoAsync(Absolute(server.Server, coordinatorUrl)).DefaultTimeout();
            await Assertions.Expect(hallPage.Locator(TestId("my-role"))).ToHaveAttributeAsync("data-role", "coordinateur", AttributeOptions).DefaultTimeout();
            var row = hallPage.Locator(TestId("soiree-row"));
            await Assertions.Expect(row).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
            Assert.Equal(0, await row.Locator(TestId("soiree-console")).CountAsync().DefaultTimeout());
            await Assertions.Expect(row.Locator(TestId("soiree-new-console"))).ToHaveTextAsync("Obtenir un lien de console", TextOptions).DefaultTimeout();
            await row.Locator(TestId("soiree-new-console")).ClickAsync().DefaultTimeout();
            var opened = row.Locator(TestId("soiree-console"));
            await Assertions.Expect(opened).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
            await Assertions.Expect(row.Locator(TestId("soiree-new-console"))).ToHaveTextAsync("Nouveau lien de console", TextOptions).DefaultTimeout();
            await row.ScrollIntoViewIfNeededAsync().DefaultTimeout();
            await Screenshots.SaveAsync(hallPage, "demarche-6c-console-link-on-another-laptop", fullPage: false);
            var (hallConsole, hallConsoleErrors) = await NewWatchedPageAsync(hallLaptop);
            errors.Add(hallConsoleErrors);
            await OpenConsoleAsync(hallConsole, Absolute(server.Server, await opened.GetAttributeAsync("href").DefaultTimeout() ?? string.Empty));
            await Assertions.Expect(hallConsole.Locator(TestId("round")).First).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        }
        await Assertions.Expect(Card(odile, Defi).Locator(TestId("outcome"))).ToContainTextAsync("Soirée créative du Pays des Vans", RereadContains).DefaultTimeout();
        await Card(odile, Defi).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(odile, "demarche-7-consultation-outcome-soiree", fullPage: false);

        // 5. The evening: the room writes on the défi, groups four ideas into a piste and signs up for it.
        var sessionId = new Uri(Absolute(server.Server, consoleUrl)).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        var animatorToken = Uri.UnescapeDataString(consoleUrl[(consoleUrl.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        var snapshot = await server.Server.SnapshotAsync(sessionId, animatorToken);
        var session = snapshot.GetProperty("session");
        var workshops = session.GetProperty("workshops").EnumerateArray().ToList();
        Assert.Equal(["emergence", "acceleration", "essaimage"], workshops.Select(w => w.GetProperty("format").GetString()).ToList());
        var emergence = workshops[0].GetProperty("id").GetString()!;
        var joinCode = session.GetProperty("joinCode").GetString()!;
        await using (var hall = new HallSeeder(server.Server, sessionId, joinCode, animatorToken))
        {
            var people = await hall.JoinAsync(6, nickname: "Habitant");
            await hall.StartRoundAsync(emergence, "ideation");
            var legumerie = await hall.PostNotesAsync(emergence, "idee",
            [
                (people[0], "Une légumerie partagée pour laver, éplucher et mettre en bocaux les surplus des maraîchers"),
                (people[1], "Un atelier de conserverie collectif ouvert aux particuliers le samedi"),
                (people[2], "Vendre les bocaux à la cantine du collège et à l'épicerie du village"),
                (people[3], "Former des bénévoles à la stérilisation avec le lycée agricole"),
            ]);
            await hall.PostNotesAsync(emergence, "idee",
            [
                (people[4], "Un séchoir solaire pour les fruits"),
                (people[5], "Une grainothèque à la médiathèque"),
            ]);
            await hall.RevealAsync(emergence);
            var cluster = await hall.CreateClusterAsync(emergence, Legumerie, legumerie);
            await hall.StartRoundAsync(emergence, "vote");
            await hall.VoteAsync(emergence, people.Take(4).Select(p => (p, cluster)));
            await hall.StartRoundAsync(emergence, "pistes");
            await hall.AsAnimatorAsync("PromoteToPiste", emergence, "p-legumerie", cluster, null);
            await hall.AsParticipantAsync(people[0], "SignUp", "p-legumerie", true, "Odile Brun", "odile.brun@example.org", null);
            await hall.AsParticipantAsync(people[1], "SignUp", "p-legumerie", false, null, null, null);
        }

        // The piste becomes a working group from the console, and the first seat opens its space.
        var (console, consoleErrors) = await NewWatchedPageAsync(laptop);
        errors.Add(consoleErrors);
        await OpenConsoleAsync(console, Absolute(server.Server, consoleUrl));
        var piste = console.Locator(TestId("console-piste", "[data-piste-id='p-legumerie']"));
        await piste.Locator(TestId("create-group")).ClickAsync().DefaultTimeout();
        var seat = piste.Locator(TestId("group-handoff")).Locator(TestId("group-seat", "[data-seat='1']"));
        await seat.Locator(TestId("reveal-secret")).ClickAsync().DefaultTimeout();
        var seatUrl = (await seat.Locator("[data-revealed='true']").InnerTextAsync().DefaultTimeout()).Trim();
        await console.CloseAsync().DefaultTimeout();

        await Assertions.Expect(Card(odile, Defi).Locator(TestId("outcome"))).ToHaveAttributeAsync("data-outcome", "groupe", new() { Timeout = 30_000 }).DefaultTimeout();
        await Assertions.Expect(Card(odile, Defi).Locator(TestId("outcome"))).ToContainTextAsync(Legumerie, ContainsOptions).DefaultTimeout();
        await Card(odile, Defi).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(odile, "demarche-8-consultation-outcome-group", fullPage: false);

        // 6. The group launches: its theme, the stage "Lancement", what it needs, and it publishes.
        var (group, groupErrors) = await NewWatchedPageAsync(laptop);
        errors.Add(groupErrors);
        await group.GotoAsync(seatUrl).DefaultTimeout();
        await Assertions.Expect(group.Locator(TestId("group-name"))).ToHaveTextAsync(Legumerie, TextOptions).DefaultTimeout();
        await OpenFoldAsync(group, "card");
        await group.Locator(TestId("card-theme")).SelectOptionAsync("transformationAlimentaire").DefaultTimeout();
        await group.Locator(TestId("card-stage")).SelectOptionAsync("launched").DefaultTimeout();
        await group.Locator(TestId("card-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(group.Locator(TestId("group-theme"))).ToContainTextAsync("Transformation alimentaire", ContainsOptions).DefaultTimeout();

        await OpenFoldAsync(group, "exchange-new");
        await group.Locator(TestId("exchange-kind")).SelectOptionAsync("need").DefaultTimeout();
        await group.Locator(TestId("exchange-category")).SelectOptionAsync("lieu").DefaultTimeout();
        await group.Locator(TestId("exchange-text")).FillAsync("Un local de 60 m² avec point d'eau pour laver et stériliser").DefaultTimeout();
        await group.Locator(TestId("exchange-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(group.Locator(TestId("exchanges-need")).Locator(TestId("exchange"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();

        await OpenFoldAsync(group, "publication-edit");
        await group.Locator(TestId("publication-published")).CheckAsync().DefaultTimeout();
        await group.Locator(TestId("publication-text")).FillAsync("Une légumerie et un atelier de conserverie partagés par les maraîchers et les habitants du Pays des Vans.").DefaultTimeout();
        await group.Locator(TestId("publication-needs")).CheckAsync().DefaultTimeout();
        await group.Locator(TestId("publication-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(group.Locator(TestId("publication-state"))).ToHaveAttributeAsync("data-published", "true", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(group.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await group.Locator(TestId("exchanges-need")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(group, "demarche-9-group-launched-need", fullPage: false);

        // The ressourcerie started on its own as a group; it offers a place. The coordinator links it by its code.
        var ressourcerie = await NewGroupAsync(Ressourcerie, "Réparer et revendre plutôt que jeter");
        using (var seeder = new GroupSeeder(server.Server, ressourcerie.GroupId, ressourcerie.SeatToken))
        {
            await seeder.PutExchangeAsync("offer", "lieu", "Notre hangar de Chambonas : 400 m² dont un coin avec point d'eau, libre en semaine");
        }

        await coordinator.ReloadAsync().DefaultTimeout();
        var linkForm = coordinator.Locator(TestId("group-link-form"));
        await OpenFoldAsync(coordinator, "group-link");
        await linkForm.Locator(TestId("group-code")).FillAsync(ressourcerie.Code).DefaultTimeout();
        await linkForm.Locator("button[type='submit']").ClickAsync().DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("group-row"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();

        // 7. The portfolio: both projects with their stage, and the need linked to the offer.
        var rows = coordinator.Locator(TestId("portfolio-row"));
        await Assertions.Expect(rows).ToHaveCountAsync(2, RereadCount).DefaultTimeout();
        var launched = coordinator.Locator(TestId("portfolio-row"), new() { HasText = Legumerie });
        await Assertions.Expect(launched).ToHaveAttributeAsync("data-stage", "lancement", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(launched.Locator(TestId("portfolio-needs"))).ToContainTextAsync("60 m²", ContainsOptions).DefaultTimeout();
        var link = coordinator.Locator(TestId("exchange-link"));
        await Assertions.Expect(link).ToHaveCountAsync(1, RereadCount).DefaultTimeout();
        await Assertions.Expect(link).ToContainTextAsync(Legumerie, ContainsOptions).DefaultTimeout();
        await Assertions.Expect(link).ToContainTextAsync(Ressourcerie, ContainsOptions).DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("phase-3"))).ToHaveAttributeAsync("data-status", "fait", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(coordinator.Locator(TestId("phase-4"))).ToHaveAttributeAsync("data-status", "enCours", AttributeOptions).DefaultTimeout();
        await coordinator.Locator(TestId("filter-theme")).SelectOptionAsync("transformationAlimentaire").DefaultTimeout();
        await Assertions.Expect(rows).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await rows.First.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(coordinator, "demarche-10-portfolio-filtered", fullPage: false);
        await coordinator.Locator(TestId("filter-theme")).SelectOptionAsync(string.Empty).DefaultTimeout();
        await link.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(coordinator, "demarche-11-portfolio-link", fullPage: false);

        // The year's report traces the launched project back to the défi it came from.
        var exportYear = coordinator.Locator(TestId("report-year"));
        await exportYear.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        var reportDownload = await coordinator.RunAndWaitForDownloadAsync(() => coordinator.Locator(TestId("export-report-pdf")).ClickAsync()).DefaultTimeout();
        var reportPath = Path.Combine(Screenshots.Folder, "demarche-report.pdf");
        await reportDownload.SaveAsAsync(reportPath).DefaultTimeout();
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(reportPath))
        {
            var text = string.Concat(pdf.GetPages().Select(page => string.Concat(page.Letters.Select(l => l.Value)))).Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (var expected in new[] { Name, Defi, Legumerie, "Transformationalimentaire" })
            {
                Assert.Contains(expected.Replace(" ", string.Empty, StringComparison.Ordinal), text, StringComparison.Ordinal);
            }
        }

        // 8. The public page on a projector: only the group that published, only what it published.
        await using var projector = await browser.DesktopContextAsync(1920, 1080);
        var (wall, wallErrors) = await NewWatchedPageAsync(projector);
        errors.Add(wallErrors);
        await wall.GotoAsync(server.Server.Url($"/p/{demarcheId}")).DefaultTimeout();
        var published = wall.Locator(TestId("public-project"));
        await Assertions.Expect(published).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(published).ToContainTextAsync(Legumerie, ContainsOptions).DefaultTimeout();
        await Assertions.Expect(published.Locator(TestId("public-needs"))).ToContainTextAsync("60 m²", ContainsOptions).DefaultTimeout();
        var wallText = await wall.Locator("body").InnerTextAsync().DefaultTimeout();
        Assert.DoesNotContain(Ressourcerie, wallText, StringComparison.Ordinal);
        Assert.DoesNotContain("odile.brun", wallText, StringComparison.Ordinal);
        Assert.DoesNotContain("bernard.chazal", wallText, StringComparison.Ordinal);
        await Assertions.Expect(published).ToBeInViewportAsync().DefaultTimeout();
        var size = await published.Locator("h2, h3").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)").DefaultTimeout();
        Assert.True(size >= 32, $"The project's name is {size}px on the projector.");
        await Screenshots.SaveAsync(wall, "demarche-12-public-projector", fullPage: false);

        // 9. The fiche projet, downloaded from the group's page, goes into another territory's evening as an essaimage.
        await group.Locator(TestId("fiche-json")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        var download = await group.RunAndWaitForDownloadAsync(() => group.Locator(TestId("fiche-json")).ClickAsync()).DefaultTimeout();
        var fichePath = Path.Combine(Screenshots.Folder, "demarche-fiche-projet.json");
        await download.SaveAsAsync(fichePath).DefaultTimeout();
        using (var fiche = JsonDocument.Parse(await File.ReadAllTextAsync(fichePath)))
        {
            Assert.Equal(1, fiche.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(Legumerie, fiche.RootElement.GetProperty("name").GetString());
        }

        var other = await NewDemarcheAsync("Start'up de Territoire Haut-Vivarais 2027", "Haut-Vivarais");
        var (second, secondErrors) = await NewWatchedPageAsync(laptop);
        errors.Add(secondErrors);
        await second.GotoAsync(other.CoordinatorUrl).DefaultTimeout();
        await Assertions.Expect(second.Locator(TestId("run-empty"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await second.Locator(TestId("fiche-import")).SetInputFilesAsync(fichePath).DefaultTimeout();
        var imported = second.Locator(TestId("run-step"));
        await Assertions.Expect(imported).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(imported).ToHaveAttributeAsync("data-format", "essaimage", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(imported).ToContainTextAsync(Legumerie, ContainsOptions).DefaultTimeout();
        await imported.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(second, "demarche-13-fiche-imported", fullPage: false);
        await Assertions.Expect(second.Locator(TestId("create-soiree-why"))).ToHaveTextAsync("Donnez un titre à la soirée, puis enregistrez, pour la créer.", TextOptions).DefaultTimeout();
        await second.Locator(TestId("plan-title")).FillAsync("Soirée créative de Lamastre").DefaultTimeout();
        await second.Locator(TestId("plan-submit")).ClickAsync().DefaultTimeout();
        await second.Locator(TestId("create-soiree")).ClickAsync().DefaultTimeout();
        var secondConsole = await second.Locator(TestId("soiree-created")).Locator(TestId("console-link")).GetAttributeAsync("href").DefaultTimeout()
            ?? throw new InvalidOperationException("The console link has no address.");
        var secondSession = new Uri(Absolute(server.Server, secondConsole)).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        var secondSnapshot = await server.Server.SnapshotAsync(secondSession, Uri.UnescapeDataString(secondConsole[(secondConsole.IndexOf('#', StringComparison.Ordinal) + 1)..]));
        var essaimage = secondSnapshot.GetProperty("session").GetProperty("workshops")[0];
        Assert.Equal("essaimage", essaimage.GetProperty("format").GetString());
        Assert.Contains(Legumerie, essaimage.GetRawText(), StringComparison.Ordinal);

        foreach (var watched in errors)
        {
            watched.AssertNone();
        }
    }

    private static ILocator Card(IPage phone, string title) => phone.Locator(TestId("proposal-card"), new() { HasText = title });

    private static async Task OpenFoldAsync(IPage page, string key)
    {
        var fold = page.Locator($"details[data-testid='{key}']");
        if (await fold.GetAttributeAsync("open").DefaultTimeout() is null)
        {
            await fold.Locator("summary").First.ClickAsync().DefaultTimeout();
        }
    }

    private static async Task AddPartnerAsync(IPage page, string name, string univers, string circle)
    {
        await OpenFoldAsync(page, "partner-new");
        var form = page.Locator($"details[data-testid='partner-new']").Locator(TestId("partner-form"));
        await form.Locator(TestId("partner-name")).FillAsync(name).DefaultTimeout();
        await form.Locator(TestId("partner-univers")).SelectOptionAsync(univers).DefaultTimeout();
        await form.Locator(TestId("partner-circle")).SelectOptionAsync(circle).DefaultTimeout();
        await form.Locator(TestId("partner-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("partner-row"), new() { HasText = name })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
    }

    private static async Task ProposeAsync(IPage phone, string kind, Dictionary<string, string> fields, bool consent = false)
    {
        await phone.Locator(TestId($"propose-{kind}")).ClickAsync().DefaultTimeout();
        var form = phone.Locator(TestId("propose-form", $"[data-kind='{kind}']"));
        foreach (var (field, value) in fields)
        {
            await form.Locator(TestId($"proposal-{field}")).FillAsync(value).DefaultTimeout();
        }

        if (consent)
        {
            await form.Locator(TestId("proposal-consent")).CheckAsync().DefaultTimeout();
        }

        await form.Locator(TestId("proposal-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("my-proposals")).Locator(TestId("proposal-card"), new() { HasText = fields["title"] })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
    }

    private static async Task SupportAsync(IPage phone, string title)
    {
        await phone.ReloadAsync().DefaultTimeout();
        var support = Card(phone, title).Locator(TestId("support"));
        await support.ClickAsync().DefaultTimeout();
        await Assertions.Expect(support).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
    }

    private static async Task<List<string?>> FormatsAsync(ILocator steps)
    {
        var formats = new List<string?>();
        foreach (var step in await steps.AllAsync().DefaultTimeout())
        {
            formats.Add(await step.GetAttributeAsync("data-format").DefaultTimeout());
        }

        return formats;
    }

    private async Task<JsonElement> ConsultationAsync(string code)
    {
        using var http = server.Server.CreateClient();
        return await http.GetFromJsonAsync<JsonElement>($"/api/consultations/{code}").DefaultTimeout();
    }

    private async Task<(string GroupId, string Code, string SeatToken)> NewGroupAsync(string name, string promise)
    {
        using var http = server.Server.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/groups", new { name, promise }).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
        var seatUrl = created.GetProperty("seats")[0].GetProperty("url").GetString()!;
        return (created.GetProperty("groupId").GetString()!, created.GetProperty("joinCode").GetString()!, GroupSeeder.TokenOf(seatUrl));
    }

    private async Task<(string DemarcheId, string CoordinatorUrl)> NewDemarcheAsync(string name, string territory)
    {
        using var http = server.Server.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/demarches", new { name, territory }).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
        return (created.GetProperty("demarcheId").GetString()!, Absolute(server.Server, created.GetProperty("coordinatorUrl").GetString()!));
    }
}
