using System.Net.Http.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Api;
using UglyToad.PdfPig;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Groups;

/// <summary>
/// After the evening, the piste "Navette des hameaux" becomes a working group: the animator creates it from the
/// console (1366×768) and hands over its links; two co-animators open their seats on laptops; four members come in
/// on phones (360×640), two by their personal invitation, two by the group's code; they fill the canvas between
/// meetings, one of them on a weak network; the co-animators set version 1 then version 2 of the canvas, plan the
/// road to launch and a meeting; a member who comes back sees what changed since their visit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkingGroupJourneyTests(ServerFixture server, BrowserFixture browser)
{
    /// <summary>The group's pages read the group again every 10 s: what another device did shows within this.</summary>
    private static readonly LocatorAssertionsToHaveCountOptions Reread = new() { Timeout = 30_000 };
    private static readonly TimeSpan RereadWait = TimeSpan.FromSeconds(35);

    private static object Evening() => new
    {
        title = "Soirée créative de la Cévenne ardéchoise",
        open = true,
        workshops = new object[]
        {
            new { id = "w-em", format = "emergence", title = "Se déplacer sans voiture", challenge = "Comment se déplacer entre nos hameaux sans voiture ?", theme = "Mobilité" },
        },
        tables = Array.Empty<object>(),
    };

    [Fact]
    public async Task APisteBecomesAWorkingGroupWhoseMembersBuildTheCanvasBetweenMeetings()
    {
        var created = await server.Server.CreateSessionAsync(Evening());
        await SeedEveningAsync(created);

        // The animator, after the evening, on the laptop: the piste with its three volunteers and one button.
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (console, consoleErrors) = await NewWatchedPageAsync(laptop);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var piste = console.Locator(TestId("console-piste", "[data-piste-id='p-navette']"));
        await Assertions.Expect(piste).ToHaveAttributeAsync("data-signups", "3", AttributeOptions).DefaultTimeout();
        var create = piste.Locator(TestId("create-group"));
        await create.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Assertions.Expect(create).ToHaveTextAsync("Créer le groupe de travail : Navette des hameaux", TextOptions).DefaultTimeout();
        await create.ClickAsync().DefaultTimeout();

        // The hand-off: the group's code in clear, two seats and three personal invitations, every secret masked.
        var handoff = piste.Locator(TestId("group-handoff"));
        await Assertions.Expect(handoff).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(handoff.Locator(TestId("group-seat"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Assertions.Expect(handoff.Locator(TestId("group-invitation"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Assertions.Expect(handoff.Locator("[data-revealed='true']")).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        Assert.DoesNotContain("/gr/", await console.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        var code = (await handoff.Locator(TestId("group-join-code")).InnerTextAsync().DefaultTimeout()).Trim();
        Assert.Matches("^[A-Z0-9]{8}$", code);
        await Assertions.Expect(handoff).ToContainTextAsync("aucun membre pour l'instant · 3 invitations en attente", ContainsOptions).DefaultTimeout();

        // The group's code as a QR code, shown beside it: scanned, it opens the page where one joins the group.
        var qr = handoff.Locator(TestId("group-join-qr"));
        await Assertions.Expect(qr).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0").DefaultTimeout(), "The group's QR code is drawn.");
        using (var http = server.Server.CreateClient())
        {
            var svg = await http.GetStringAsync(new Uri(await qr.GetAttributeAsync("src").DefaultTimeout() ?? string.Empty, UriKind.Relative)).DefaultTimeout();
            Assert.Equal(server.Server.Url($"/g/{code}"), QrReader.Decode(svg));
        }
        await handoff.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(console, "group-1-console-handoff");

        var seat1 = await RevealAsync(handoff.Locator(TestId("group-seat", "[data-seat='1']")));
        await Assertions.Expect(handoff.Locator(TestId("group-seat", "[data-seat='1']")).Locator("svg")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        var seat2 = await RevealAsync(handoff.Locator(TestId("group-seat", "[data-seat='2']")));
        var invitations = new Dictionary<string, string>();
        foreach (var invitation in await handoff.Locator(TestId("group-invitation")).AllAsync().DefaultTimeout())
        {
            var name = (await invitation.Locator(".group-link-label").InnerTextAsync().DefaultTimeout()).Trim();
            invitations[name] = await RevealAsync(invitation);
        }

        await Screenshots.SaveAsync(console, "group-2-console-links-shown");

        // On paper: the hand-off sheet, one row per link with its QR code, to cut out and give in person. The browser's
        // print dialog is left out (a test cannot press its button): the page is seen as the printer sees it.
        await console.EvaluateAsync("() => { window.print = () => {}; }").DefaultTimeout();
        await handoff.Locator(TestId("print-handoff")).ClickAsync().DefaultTimeout();
        await console.EmulateMediaAsync(new() { Media = Media.Print }).DefaultTimeout();
        var sheet = console.Locator(TestId("handoff-print"));
        await Assertions.Expect(sheet).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(sheet.Locator(".print-row")).ToHaveCountAsync(6, CountOptions).DefaultTimeout();
        await Assertions.Expect(sheet.Locator(".print-row svg")).ToHaveCountAsync(5, CountOptions).DefaultTimeout();
        await Assertions.Expect(sheet).ToContainTextAsync($"le code {code}", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(sheet).ToContainTextAsync("Invitation personnelle de Léa", ContainsOptions).DefaultTimeout();
        await console.EvaluateAsync("() => window.scrollTo(0, 0)").DefaultTimeout();
        await Screenshots.SaveAsync(console, "group-2b-console-handoff-printed", fullPage: false);
        await console.EmulateMediaAsync(new() { Media = Media.Screen }).DefaultTimeout();
        await console.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))").DefaultTimeout();
        await Assertions.Expect(sheet).ToBeHiddenAsync(new() { Timeout = 5_000 }).DefaultTimeout();
        Assert.Equal(["Inès", "Léa", "Mathieu"], invitations.Keys.Order(StringComparer.Ordinal));
        Assert.All([seat1, seat2, .. invitations.Values], url => Assert.Contains("/gr/group-", url, StringComparison.Ordinal));

        // Co-animator 1 opens their seat on a laptop: the project card, the stage, where it came from, who is invited.
        await using var coLaptop = await browser.DesktopContextAsync(1366, 768);
        var (co, coErrors) = await NewWatchedPageAsync(coLaptop);
        await co.GotoAsync(seat1).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("group-name"))).ToHaveTextAsync("Navette des hameaux", TextOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("my-role"))).ToHaveTextAsync("Co-animateur · siège 1", TextOptions).DefaultTimeout();
        Assert.DoesNotContain("#", co.Url, StringComparison.Ordinal);
        await Assertions.Expect(co.Locator(TestId("stages")).Locator("[aria-current='step']")).ToContainTextAsync("Exploration", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("origin-summary"))).ToContainTextAsync("Soirée créative de la Cévenne ardéchoise", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("origin-note"))).ToHaveCountAsync(4, CountOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("origin-cluster"))).ToContainTextAsync("3 gommettes", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("invitation"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("invitations"))).ToContainTextAsync("lea.martin@example.org", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-block"))).ToHaveCountAsync(10, CountOptions).DefaultTimeout();
        await AssertCanonicalLayoutAsync(co);
        await Screenshots.SaveAsync(co, "group-3-coanimator-empty-1366");

        // Co-animator 2 opens the other seat.
        await using var coLaptop2 = await browser.DesktopContextAsync(1366, 768);
        var (co2, co2Errors) = await NewWatchedPageAsync(coLaptop2);
        await co2.GotoAsync(seat2).DefaultTimeout();
        await Assertions.Expect(co2.Locator(TestId("my-role"))).ToHaveTextAsync("Co-animateur · siège 2", TextOptions).DefaultTimeout();

        // Léa comes in with her personal invitation on her phone: her nickname from the evening, her contact kept.
        await using var leaPhone = await browser.PhoneContextAsync(width: 360, height: 640);
        var (lea, leaErrors) = await NewWatchedPageAsync(leaPhone);
        await lea.GotoAsync(invitations["Léa"]).DefaultTimeout();
        await Assertions.Expect(lea.Locator(TestId("accept-invitation"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.Equal("Léa", await lea.Locator(TestId("invited-nickname")).InputValueAsync().DefaultTimeout());
        await Assertions.Expect(lea.Locator("label[for='invited-keep']")).ToContainTextAsync("Léa Martin · lea.martin@example.org", ContainsOptions).DefaultTimeout();
        await Screenshots.SaveAsync(lea, "group-4-phone-invitation-360");
        await AssertInViewportAsync(lea, lea.Locator(TestId("accept-invitation")));
        await lea.Locator(TestId("accept-invitation")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(lea.Locator(TestId("my-role"))).ToHaveTextAsync("Membre", TextOptions).DefaultTimeout();

        // Two more by the group's code, typed on their phones: a nickname, no account.
        var phones = new List<IPage> { lea };
        PageErrors? yasmineErrors = null;
        var errors = new List<PageErrors> { consoleErrors, coErrors, co2Errors };
        foreach (var name in new[] { "Bernard", "Yasmine" })
        {
            var phone = await browser.PhoneContextAsync(width: 360, height: 640);
            var (page, pageErrors) = await NewWatchedPageAsync(phone);
            await page.GotoAsync(server.Server.Url($"/g/{code}")).DefaultTimeout();
            await Assertions.Expect(page.Locator(TestId("group-name"))).ToHaveTextAsync("Navette des hameaux", TextOptions).DefaultTimeout();
            await AssertInViewportAsync(page, page.Locator(TestId("group-join")));
            if (name == "Bernard")
            {
                await Screenshots.SaveAsync(page, "group-5-phone-join-by-code-360");
            }

            await page.Locator(TestId("group-nickname")).FillAsync(name).DefaultTimeout();
            await page.Locator(TestId("group-join")).ClickAsync().DefaultTimeout();
            await Assertions.Expect(page.Locator(TestId("my-role"))).ToHaveTextAsync("Membre", TextOptions).DefaultTimeout();
            Assert.Contains("/gr/group-", page.Url, StringComparison.Ordinal);
            phones.Add(page);
            if (name == "Yasmine")
            {
                yasmineErrors = pageErrors;
            }
            else
            {
                errors.Add(pageErrors);
            }
        }

        // Mathieu takes his invitation: he left no contact at the evening, so he is not asked whether to keep one.
        await using var fourthPhone = await browser.PhoneContextAsync(width: 360, height: 640);
        var (fourth, fourthErrors) = await NewWatchedPageAsync(fourthPhone);
        errors.Add(fourthErrors);
        await fourth.GotoAsync(invitations["Mathieu"]).DefaultTimeout();
        await Assertions.Expect(fourth.Locator(TestId("accept-invitation"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.Equal(0, await fourth.Locator(TestId("invited-keep-contact")).CountAsync().DefaultTimeout());
        await fourth.Locator(TestId("accept-invitation")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(fourth.Locator(TestId("my-role"))).ToHaveTextAsync("Membre", TextOptions).DefaultTimeout();
        phones.Add(fourth);
        await Assertions.Expect(co.Locator(TestId("member"))).ToHaveCountAsync(4, Reread).DefaultTimeout(RereadWait);

        // Between meetings, on phones: an entry in the value proposition, stored, and shown as such.
        await AddToCanvasAsync(lea, "proposition", "Une navette à la demande, réservée la veille par SMS, qui passe par chaque hameau");
        var stored = lea.Locator(TestId("canvas-block", "[data-block='proposition']")).Locator(TestId("canvas-item"));
        await Assertions.Expect(stored).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(lea.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        // Léa puts her phone away: her visit ends here.
        var groupUrl = lea.Url;
        await lea.CloseAsync().DefaultTimeout();
        leaErrors.AssertNone();
        await AddToCanvasAsync(phones[1], "segments", "Les personnes âgées sans permis des hameaux de Saint-Mélany");
        await AddToCanvasAsync(phones[2], "partenaires", "La communauté de communes et les deux taxis du canton");

        // Yasmine is on a weak network that drops: her entry waits, says so, and goes once the network is back.
        var yasmine = phones[2];
        await yasmine.Context.SetOfflineAsync(true).DefaultTimeout();
        await AddToCanvasAsync(yasmine, "couts", "Le chauffeur à mi-temps et le carburant");
        await Assertions.Expect(yasmine.Locator(TestId("canvas-item-waiting"))).ToContainTextAsync("en attente d'envoi", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(yasmine.Locator(TestId("pending-item"))).ToContainTextAsync("Ajout au canevas : Le chauffeur à mi-temps", ContainsOptions).DefaultTimeout();
        await Screenshots.SaveAsync(yasmine, "group-6-phone-offline-waiting-360", fullPage: false);
        await Assertions.Expect(yasmine.Locator(TestId("canvas-block", "[data-block='couts']")).Locator(TestId("canvas-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await yasmine.Context.SetOfflineAsync(false).DefaultTimeout();
        var yasmineCosts = yasmine.Locator(TestId("canvas-block", "[data-block='couts']")).Locator(TestId("canvas-item"));
        await Assertions.Expect(yasmineCosts).ToContainTextAsync("Le chauffeur à mi-temps et le carburant", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(yasmine.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();

        // The co-animators see the four entries come in, and set the canvas as version 1.
        await Assertions.Expect(co.Locator(TestId("canvas-item"))).ToHaveCountAsync(4, Reread).DefaultTimeout(RereadWait);
        await co.Locator(TestId("canvas-version-label")).FillAsync("Après la première réunion").DefaultTimeout();
        await co.Locator(TestId("canvas-save-version")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-save-version"))).ToHaveTextAsync("Enregistrer la version 2", TextOptions).DefaultTimeout();

        // More entries from the members (a realistic canvas), a change by a co-animator, then version 2.
        using (var seeder = new GroupSeeder(server.Server, GroupIdOf(co.Url), GroupSeeder.TokenOf(seat2)))
        {
            foreach (var (block, text) in Canvas)
            {
                await seeder.PutCanvasAsync(block, text);
            }
        }

        await co.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-item"))).ToHaveCountAsync(4 + Canvas.Length, CountOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-since-version"))).ToContainTextAsync($"{Canvas.Length} changements depuis la version 1", ContainsOptions).DefaultTimeout();
        var firstId = await co.Locator(TestId("canvas-block", "[data-block='proposition']")).Locator(TestId("canvas-item")).First.GetAttributeAsync("data-item-id").DefaultTimeout();
        var first = co.Locator(TestId("canvas-item", $"[data-item-id='{firstId}']"));
        await first.Locator(TestId("canvas-edit")).ClickAsync().DefaultTimeout();
        await co.Locator(TestId("canvas-edit-text")).FillAsync("Une navette à la demande, réservée la veille par SMS ou au téléphone de la mairie").DefaultTimeout();
        await co.Locator(TestId("canvas-save")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(first).ToContainTextAsync("au téléphone de la mairie", ContainsOptions).DefaultTimeout();
        await co.Locator(TestId("canvas-save-version")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-save-version"))).ToHaveTextAsync("Enregistrer la version 3", TextOptions).DefaultTimeout();
        await AssertCanonicalLayoutAsync(co);
        await Screenshots.SaveAsync(co, "group-7-coanimator-canvas-v2-1366");

        // Any past version can be shown, read only.
        await co.Locator(TestId("canvas-version-select")).SelectOptionAsync("1").DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-version-shown"))).ToContainTextAsync("Vous regardez la version 1 — Après la première réunion", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-item"))).ToHaveCountAsync(4, CountOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-add"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Screenshots.SaveAsync(co, "group-8-coanimator-canvas-v1-shown");
        await co.Locator(TestId("canvas-version-select")).SelectOptionAsync(string.Empty).DefaultTimeout();

        // The road to launch and the next meeting, planned by co-animator 2; an action ticked on a phone.
        await co2.ReloadAsync().DefaultTimeout();
        await co2.Locator(TestId("milestone-new")).ClickAsync().DefaultTimeout();
        await co2.Locator(TestId("milestone-title")).FillAsync("Test de la navette un jour de marché à Lamastre").DefaultTimeout();
        await co2.Locator(TestId("milestone-due")).FillAsync("2027-05-04").DefaultTimeout();
        await co2.Locator(TestId("milestone-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(co2.Locator(TestId("milestone"))).ToContainTextAsync("4 mai 2027", ContainsOptions).DefaultTimeout();
        await co2.Locator(TestId("meeting-new")).Locator("summary").ClickAsync().DefaultTimeout();
        await co2.Locator(TestId("meeting-title")).FillAsync("Atelier canvas n°2").DefaultTimeout();
        await co2.Locator(TestId("meeting-start")).FillAsync("2027-02-11T18:30").DefaultTimeout();
        await co2.Locator(TestId("meeting-place")).FillAsync("Salle des fêtes de Nonières").DefaultTimeout();
        await co2.Locator(TestId("meeting-agenda")).FillAsync("Relire la version 2 du canevas\nChiffrer les coûts").DefaultTimeout();
        await co2.Locator(TestId("meeting-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(co2.Locator(TestId("meeting"))).ToContainTextAsync("Salle des fêtes de Nonières", ContainsOptions).DefaultTimeout();

        var bernard = phones[1];
        await bernard.Locator(TestId("action-new")).Locator("summary").ClickAsync().DefaultTimeout();
        await bernard.Locator(TestId("action-what")).FillAsync("Demander les horaires du marché à la mairie").DefaultTimeout();
        await bernard.Locator(TestId("action-due")).FillAsync("2027-01-15").DefaultTimeout();
        await bernard.Locator(TestId("action-submit")).ClickAsync().DefaultTimeout();
        var action = bernard.Locator(TestId("action"));
        await Assertions.Expect(action).ToContainTextAsync("Bernard · 15 janvier 2027", ContainsOptions).DefaultTimeout();
        await action.Locator(TestId("action-done")).CheckAsync().DefaultTimeout();
        await Assertions.Expect(action).ToHaveAttributeAsync("data-done", "true", AttributeOptions).DefaultTimeout();

        // Léa comes back: what the others changed since her visit, the meeting with its calendar file.
        (lea, leaErrors) = await NewWatchedPageAsync(leaPhone);
        errors.Add(leaErrors);
        await lea.GotoAsync(groupUrl).DefaultTimeout();
        await Assertions.Expect(lea.Locator(TestId("changes"))).ToContainTextAsync("Réunion prévue : Atelier canvas n°2", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(lea.Locator(TestId("changes"))).ToContainTextAsync("Action faite : Demander les horaires du marché à la mairie — Bernard", ContainsOptions).DefaultTimeout();
        Assert.DoesNotContain("Une navette à la demande, réservée la veille par SMS, qui passe", await lea.Locator(TestId("changes")).InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        await AssertInViewportAsync(lea, lea.Locator(TestId("changes")).Locator("h2, li").First);
        await Screenshots.SaveAsync(lea, "group-9-phone-since-last-visit-360", fullPage: false);
        var download = await lea.RunAndWaitForDownloadAsync(() => lea.Locator(TestId("meeting-ics")).ClickAsync()).DefaultTimeout();
        var ics = await File.ReadAllTextAsync((await download.PathAsync().DefaultTimeout())!).DefaultTimeout();
        Assert.Contains("SUMMARY:Navette des hameaux : Atelier canvas n°2", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Salle des fêtes de Nonières", ics, StringComparison.Ordinal);
        Assert.Equal(4 + Canvas.Length, await lea.Locator(TestId("canvas-item")).CountAsync().DefaultTimeout());

        // A member sees no contact but their own; the co-animators see those given with consent.
        Assert.DoesNotContain("@example.org", await bernard.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        await co.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("member-contact"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("member-contact"))).ToHaveTextAsync("Léa Martin · lea.martin@example.org · 06 12 34 56 78", TextOptions).DefaultTimeout();

        // The dossier, downloaded by a co-animator: the canvas on one landscape A4 page, then the rest in portrait.
        var pdfDownload = await co.RunAndWaitForDownloadAsync(() => co.Locator(TestId("dossier-pdf")).ClickAsync()).DefaultTimeout();
        var pdfPath = Path.Combine(Screenshots.Folder, "group-11-dossier.pdf");
        await pdfDownload.SaveAsAsync(pdfPath).DefaultTimeout();
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            var pages = pdf.GetPages().ToList();
            Assert.Equal((842, 595), (Math.Round(pages[0].Width), Math.Round(pages[0].Height)));
            Assert.All(pages.Skip(1), page => Assert.Equal((595, 842), (Math.Round(page.Width), Math.Round(page.Height))));
            var canvasPage = string.Concat(pages[0].Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (var expected in new[] { "Navettedeshameaux", "version2", "Unticketà2€partrajet", "Lechauffeuràmi-tempsetlecarburant", "Partenairesclés", "Sourcesderevenus" })
            {
                Assert.Contains(expected, canvasPage, StringComparison.Ordinal);
            }

            var rest = string.Concat(pages.Skip(1).SelectMany(page => page.Letters).Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Contains("TestdelanavetteunjourdemarchéàLamastre", rest, StringComparison.Ordinal);
            Assert.Contains("lea.martin@example.org", rest, StringComparison.Ordinal);
        }

        // The console counts the group's members now.
        await console.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("group-handoff"))).ToContainTextAsync("4 membres · 1 invitation en attente", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("group-seat"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await console.Locator(TestId("group-handoff")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(console, "group-10-console-after");

        foreach (var watched in errors)
        {
            watched.AssertNone();
        }

        // Yasmine's phone reported nothing but the sends the dropped network refused.
        Assert.All(yasmineErrors!.Errors, error => Assert.Contains("ERR_INTERNET_DISCONNECTED", error, StringComparison.Ordinal));

        foreach (var phone in phones.Skip(1).Take(2))
        {
            await phone.Context.CloseAsync().DefaultTimeout();
        }
    }

    /// <summary>Entries of a canvas worked on for two months, from the members' phones.</summary>
    private static readonly (string Block, string Text)[] Canvas =
    [
        ("proposition", "Plus besoin de demander à un voisin pour aller chez le médecin"),
        ("segments", "Les jeunes sans voiture qui vont au lycée de Tournon"),
        ("segments", "Les touristes à vélo qui remontent la vallée l'été"),
        ("relations", "Un numéro unique tenu par la mairie et un répondeur"),
        ("canaux", "Le bulletin municipal et l'affiche à l'épicerie"),
        ("canaux", "Le marché du mardi à Lamastre"),
        ("activites", "Planifier les tournées la veille au soir"),
        ("activites", "Entretenir le minibus et former les chauffeurs bénévoles"),
        ("ressources", "Un minibus de neuf places prêté par l'EHPAD"),
        ("ressources", "Des chauffeurs bénévoles retraités"),
        ("partenaires", "L'EHPAD de Désaignes pour le minibus"),
        ("partenaires", "Le département (aide à la mobilité rurale)"),
        ("couts", "Assurance du minibus et contrôle technique"),
        ("revenus", "Un ticket à 2 € par trajet"),
        ("revenus", "Une aide du département pour les trajets médicaux"),
        ("impact", "Moins de voitures sur la route de la vallée"),
        ("impact", "Des personnes âgées qui restent chez elles plus longtemps"),
    ];

    /// <summary>
    /// The evening: six people write ideas, four about a shuttle are grouped as "Navette des hameaux", the room gives
    /// it three dots, it becomes a piste, and Léa and Inès (with their contact) and Mathieu (without) sign up.
    /// </summary>
    private async Task SeedEveningAsync(CreatedSession created)
    {
        await using var hall = HallSeeder.For(server.Server, created);
        var people = new List<SeededParticipant>();
        using (var http = server.Server.CreateClient())
        {
            foreach (var name in new[] { "Léa", "Mathieu", "Inès", "Paul", "Odile", "Karim" })
            {
                using var response = await http.PostAsJsonAsync($"/api/join/{created.JoinCode}", new JoinRequest(name, null, Guid.NewGuid().ToString("N"))).DefaultTimeout();
                response.EnsureSuccessStatusCode();
                var joined = (await response.Content.ReadFromJsonAsync<Joined>().DefaultTimeout())!;
                people.Add(new SeededParticipant(joined.ParticipantId, name, joined.Token));
            }
        }

        await hall.StartRoundAsync("w-em", "ideation");
        var shuttle = await hall.PostNotesAsync("w-em", "idee",
        [
            (people[0], "Une navette qui fait le tour des hameaux le jour du marché"),
            (people[1], "Un minibus partagé entre les communes pour aller au médecin"),
            (people[2], "Réserver un trajet la veille par téléphone, comme un taxi collectif"),
            (people[3], "Des chauffeurs bénévoles retraités avec le véhicule de la mairie"),
        ]);
        await hall.PostNotesAsync("w-em", "idee",
        [
            (people[4], "Un atelier vélo électrique à la salle des fêtes"),
            (people[5], "Des arrêts d'autostop sécurisés avec un banc et un panneau"),
        ]);
        await hall.RevealAsync("w-em");
        var cluster = await hall.CreateClusterAsync("w-em", "Navette des hameaux", shuttle);
        await hall.StartRoundAsync("w-em", "vote");
        await hall.VoteAsync("w-em", people.Take(3).Select(p => (p, cluster)));
        await hall.StartRoundAsync("w-em", "pistes");
        await hall.AsAnimatorAsync("PromoteToPiste", "w-em", "p-navette", cluster, null);
        await hall.AsParticipantAsync(people[0], "SignUp", "p-navette", true, "Léa Martin", "lea.martin@example.org", "06 12 34 56 78");
        await hall.AsParticipantAsync(people[1], "SignUp", "p-navette", false, null, null, null);
        await hall.AsParticipantAsync(people[2], "SignUp", "p-navette", true, "Inès Roux", "ines.roux@example.org", null);
    }

    private static string GroupIdOf(string url) => new Uri(url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];

    /// <summary>Shows a masked link of the hand-off and returns it.</summary>
    private static async Task<string> RevealAsync(ILocator link)
    {
        await link.Locator(TestId("reveal-secret")).ClickAsync().DefaultTimeout();
        var url = link.Locator("[data-revealed='true']");
        await Assertions.Expect(url).ToContainTextAsync("/gr/", ContainsOptions).DefaultTimeout();
        return (await url.InnerTextAsync().DefaultTimeout()).Trim();
    }

    private static async Task AddToCanvasAsync(IPage phone, string block, string text)
    {
        var card = phone.Locator(TestId("canvas-block", $"[data-block='{block}']"));
        await card.Locator(TestId("canvas-add")).ClickAsync().DefaultTimeout();
        await card.Locator(TestId("canvas-new-text")).FillAsync(text).DefaultTimeout();
        await card.Locator(TestId("canvas-submit")).ClickAsync().DefaultTimeout();
    }

    /// <summary>On a laptop, the canvas reads as the canonical one: partners on the left, segments on the right, costs and revenues below.</summary>
    private static async Task AssertCanonicalLayoutAsync(IPage page)
    {
        async Task<LocatorBoundingBoxResult> BoxAsync(string block) =>
            await page.Locator(TestId("canvas-block", $"[data-block='{block}']")).BoundingBoxAsync().DefaultTimeout()
                ?? throw new InvalidOperationException($"{block} is not rendered.");
        var partners = await BoxAsync("partenaires");
        var value = await BoxAsync("proposition");
        var segments = await BoxAsync("segments");
        var costs = await BoxAsync("couts");
        var revenues = await BoxAsync("revenus");
        Assert.True(partners.X < value.X && value.X < segments.X, "Partners, value proposition and segments read left to right.");
        Assert.True(Math.Abs(partners.Y - segments.Y) < 2, "The top band starts on one line.");
        Assert.True(costs.Y > partners.Y + partners.Height - 2 && Math.Abs(costs.Y - revenues.Y) < 2 && costs.X < revenues.X, "Costs and revenues share the band below.");
    }

    private static async Task AssertInViewportAsync(IPage page, ILocator locator)
    {
        var box = await locator.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("Not rendered.");
        var viewport = page.ViewportSize!;
        Assert.True(box.Y >= 0 && box.Y + box.Height <= viewport.Height && box.X >= 0 && box.X + box.Width <= viewport.Width,
            $"Expected inside the {viewport.Width}×{viewport.Height} viewport, found at ({box.X}, {box.Y}) {box.Width}×{box.Height}.");
    }
}
