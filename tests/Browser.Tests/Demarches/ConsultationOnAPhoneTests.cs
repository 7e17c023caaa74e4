using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// The consultation (/c/CODE) on a 360×640 phone: what it is for and the three ways to propose in the first
/// screen; a proposal, a support and a comment said "en attente d'envoi" until the server has them and counted once;
/// a proposal written offline goes once the network is back; forty proposals of real length read and scroll; what
/// became of a proposal; a closed consultation is read only; a contact is never kept without consent.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsultationOnAPhoneTests(ServerFixture server, BrowserFixture browser)
{
    private const string Name = "Start'up de Territoire Ardèche méridionale 2026";

    [Fact]
    public async Task OnASlowLinkAProposalASupportAndACommentWaitUntilTheServerHasThemAndCountOnce()
    {
        using var demarche = await DemarcheSeeder.CreateAsync(server.Server, Name, "Privas, Vernoux et la vallée de l'Eyrieux");
        var neighbour = await demarche.NewVisitorAsync();
        var conserverie = await demarche.ProposeAsync(neighbour, ArdecheProposals.Forty()[1]);

        await using var context = await browser.PhoneContextAsync(width: 360, height: 640);
        var network = new UnreliableNetwork();
        await network.AttachAsync(context);
        var (phone, errors) = await NewWatchedPageAsync(context);
        await SlowPhone.ApplyAsync(context, phone, TimeSpan.FromMilliseconds(400), 400, 4, ["gzip", "deflate"]);
        await phone.GotoAsync(demarche.ConsultationUrl).DefaultTimeout();

        // The first screen says whose consultation it is, what it is for, and the three ways to propose.
        await Assertions.Expect(phone.Locator(TestId("demarche-name"))).ToHaveTextAsync(Name, TextOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("purpose"))).ToContainTextAsync("proposez ce que le territoire pourrait y travailler", ContainsOptions).DefaultTimeout();
        await Screenshots.SaveAsync(phone, "consultation-1-phone-first-screen-360", fullPage: false);
        foreach (var id in new[] { "demarche-name", "purpose", "propose-defi", "propose-projetLocal", "propose-projetAilleurs" })
        {
            await AssertOnScreenAndReadableAsync(phone, phone.Locator(TestId(id)));
        }

        await Assertions.Expect(phone.Locator(TestId("propose-defi"))).ToContainTextAsync("Un défi pour la soirée", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("propose-projetLocal"))).ToContainTextAsync("Un projet local à accélérer", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("propose-projetAilleurs"))).ToContainTextAsync("Un projet d'ailleurs à essaimer", ContainsOptions).DefaultTimeout();

        // A défi, held on its way: "en attente d'envoi" while the server does not have it, and the server has not.
        var held = new Gate();
        await phone.RouteAsync("**/api/consultations/*/proposals/*", held.HoldAsync).DefaultTimeout();
        const string Defi = "Se déplacer sans voiture entre les hameaux";
        await phone.Locator(TestId("propose-defi")).ClickAsync().DefaultTimeout();
        await phone.Locator(TestId("proposal-title")).FillAsync(Defi).DefaultTimeout();
        await phone.Locator(TestId("proposal-text")).FillAsync("Entre Privas et les hameaux du plateau, un car le matin, un le soir : les jeunes et les anciens restent chez eux.").DefaultTimeout();
        await phone.Locator(TestId("proposal-theme")).SelectOptionAsync("autre").DefaultTimeout();
        await phone.Locator(TestId("proposal-submit")).ClickAsync().DefaultTimeout();
        var waiting = phone.Locator(TestId("proposal-waiting"), new() { HasText = Defi });
        await Assertions.Expect(waiting.Locator(TestId("pending-state", "[data-state='waiting']"))).ToHaveTextAsync("en attente d'envoi", TextOptions).DefaultTimeout();
        await held.ArrivedAsync();
        Assert.DoesNotContain(Titles(await demarche.ConsultationAsync()), t => t == Defi);
        await Screenshots.SaveAsync(phone, "consultation-2-phone-defi-waiting-360", fullPage: false);
        held.Release();
        var mine = phone.Locator(TestId("my-proposals")).Locator(TestId("proposal-card"), new() { HasText = Defi });
        await Assertions.Expect(mine).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(waiting).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        Assert.Single(Titles(await demarche.ConsultationAsync()), t => t == Defi);
        await Assertions.Expect(mine.Locator(TestId("outcome"))).ToHaveTextAsync("Reçue : elle attend le choix du coordinateur.", TextOptions).DefaultTimeout();
        await phone.UnrouteAsync("**/api/consultations/*/proposals/*").DefaultTimeout();

        // +1 on the neighbour's project: pressed only once the server answered.
        var card = phone.Locator(TestId("proposal-card", $"[data-proposal-id='{conserverie}']"));
        var support = card.Locator(TestId("support"));
        var gate = new Gate();
        await phone.RouteAsync("**/support", gate.HoldAsync).DefaultTimeout();
        await support.ClickAsync().DefaultTimeout();
        await gate.ArrivedAsync();
        await Assertions.Expect(support).ToHaveAttributeAsync("aria-pressed", "false", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(card.Locator(TestId("pending-state", "[data-state='waiting']"))).ToHaveTextAsync("en attente d'envoi", TextOptions).DefaultTimeout();
        await Assertions.Expect(support).ToBeDisabledAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        Assert.Equal(0, Supports(await demarche.ConsultationAsync(), conserverie));
        gate.Release();
        await Assertions.Expect(support).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(card.Locator(TestId("support-count"))).ToHaveTextAsync("1 soutien", TextOptions).DefaultTimeout();
        Assert.Equal(1, Supports(await demarche.ConsultationAsync(), conserverie));
        await phone.UnrouteAsync("**/support").DefaultTimeout();

        // Once per device: after a reload it is still pressed and still one; the device's token sent again counts nothing more.
        await phone.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(support).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
        var token = await phone.EvaluateAsync<string>("code => localStorage.getItem(`st:consultation:${code}:visitor`)", demarche.Code).DefaultTimeout();
        await demarche.SupportAsync(token, conserverie);
        Assert.Equal(1, Supports(await demarche.ConsultationAsync(), conserverie));
        await Assertions.Expect(card.Locator(TestId("support-count"))).ToHaveTextAsync("1 soutien", TextOptions).DefaultTimeout();

        // A comment, with a nickname.
        await card.Locator(TestId($"comments-{conserverie}")).Locator("summary").ClickAsync().DefaultTimeout();
        await card.Locator(TestId("comment-nickname")).FillAsync("Odile").DefaultTimeout();
        await card.Locator(TestId("comment-text")).FillAsync("Nous avons une cuisine aux normes à la salle des fêtes de Gluiras, libre en semaine.").DefaultTimeout();
        await card.Locator(TestId("comment-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(card.Locator(TestId("comment"))).ToContainTextAsync("Nous avons une cuisine aux normes", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(card.Locator(TestId("comment"))).ToContainTextAsync("Odile", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(card.Locator(TestId("comment-waiting"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        var comments = Proposal(await demarche.ConsultationAsync(), conserverie).GetProperty("comments");
        Assert.Equal("Odile", Assert.Single(comments.EnumerateArray()).GetProperty("nickname").GetString());
        await card.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(phone, "consultation-3-phone-supported-and-commented-360", fullPage: false);

        // Offline: the project from elsewhere waits on the phone, then goes once when the network is back. The page is
        // opened again without the slow link's emulation, which would otherwise override the offline mode, and not
        // watched for errors: its requests fail while offline, as they should.
        errors.AssertNone();
        await phone.CloseAsync().DefaultTimeout();
        phone = await context.NewPageAsync().DefaultTimeout();
        await phone.GotoAsync(demarche.ConsultationUrl).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("my-proposals")).Locator(TestId("proposal-card"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await network.CutAsync(context);
        const string Ailleurs = "Le Bus des Montagnes";
        await phone.Locator(TestId("propose-projetAilleurs")).ClickAsync().DefaultTimeout();
        await phone.Locator(TestId("proposal-title")).FillAsync(Ailleurs).DefaultTimeout();
        await phone.Locator(TestId("proposal-where")).FillAsync("Haute-Loire").DefaultTimeout();
        await phone.Locator(TestId("proposal-text")).FillAsync("Un transport à la demande réservé la veille par téléphone, financé par les communes.").DefaultTimeout();
        await phone.Locator(TestId("proposal-link")).FillAsync("https://example.org/bus-des-montagnes").DefaultTimeout();
        await phone.Locator(TestId("proposal-why")).FillAsync("Nos hameaux sont aussi isolés que les leurs.").DefaultTimeout();
        await phone.Locator(TestId("proposal-submit")).ClickAsync().DefaultTimeout();
        var offline = phone.Locator(TestId("proposal-waiting"), new() { HasText = Ailleurs });
        await Assertions.Expect(offline.Locator(TestId("pending-state", "[data-state='waiting']"))).ToHaveTextAsync("en attente d'envoi", TextOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("pending-item"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Screenshots.SaveAsync(phone, "consultation-4-phone-offline-waiting-360", fullPage: false);
        Assert.DoesNotContain(Titles(await demarche.ConsultationAsync()), t => t == Ailleurs);
        await network.RestoreAsync(context);
        await Assertions.Expect(phone.Locator(TestId("my-proposals")).Locator(TestId("proposal-card"), new() { HasText = Ailleurs })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        Assert.Single(Titles(await demarche.ConsultationAsync()), t => t == Ailleurs);
        var stored = Proposal(await demarche.ConsultationAsync(), null, Ailleurs);
        Assert.Equal(("Haute-Loire", "https://example.org/bus-des-montagnes"), (stored.GetProperty("where").GetString(), stored.GetProperty("link").GetString()));

    }

    [Fact]
    public async Task FortyProposalsReadAndScrollSayWhatBecameOfThemAndAClosedConsultationIsReadOnly()
    {
        using var demarche = await DemarcheSeeder.CreateAsync(server.Server, Name, "Ardèche méridionale");
        var forty = ArdecheProposals.Forty();
        var visitors = new[] { await demarche.NewVisitorAsync(), await demarche.NewVisitorAsync() };
        var ids = new List<string>();
        for (var i = 0; i < forty.Count; i++)
        {
            ids.Add(await demarche.ProposeAsync(visitors[i % 2], forty[i]));
        }

        // The Ressourcerie de Privas is supported twice; the coordinator picks the conserverie into the evening.
        var ressourcerie = ids[4];
        var conserverie = ids[1];
        foreach (var visitor in visitors)
        {
            await demarche.SupportAsync(visitor, ressourcerie);
        }

        await demarche.PutPlanAsync("Soirée créative de Privas", "2026-03-12", conserverie);

        await using var context = await browser.PhoneContextAsync(width: 360, height: 640);
        var (phone, errors) = await NewWatchedPageAsync(context);
        await phone.GotoAsync(demarche.ConsultationUrl).DefaultTimeout();
        var cards = phone.Locator(TestId("proposals")).Locator(TestId("proposal-card"));
        await Assertions.Expect(cards).ToHaveCountAsync(40, CountOptions).DefaultTimeout();
        Assert.Equal(13, await phone.Locator(TestId("proposal-card", "[data-kind='defi']")).CountAsync().DefaultTimeout());
        Assert.Equal(14, await phone.Locator(TestId("proposal-card", "[data-kind='projetLocal']")).CountAsync().DefaultTimeout());
        Assert.Equal(13, await phone.Locator(TestId("proposal-card", "[data-kind='projetAilleurs']")).CountAsync().DefaultTimeout());

        // The most supported first, with its count in words.
        await Assertions.Expect(cards.First).ToHaveAttributeAsync("data-proposal-id", ressourcerie, AttributeOptions).DefaultTimeout();
        await Assertions.Expect(cards.First.Locator(TestId("support-count"))).ToHaveTextAsync("2 soutiens", TextOptions).DefaultTimeout();

        // What became of the picked one, in words.
        var picked = phone.Locator(TestId("proposal-card", $"[data-proposal-id='{conserverie}']"));
        await Assertions.Expect(picked.Locator(TestId("outcome"))).ToHaveAttributeAsync("data-outcome", "retenue", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(picked.Locator(TestId("outcome"))).ToHaveTextAsync("Retenue pour la prochaine soirée.", TextOptions).DefaultTimeout();
        await picked.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(phone, "consultation-5-phone-picked-outcome-360", fullPage: false);

        // Nothing wider than the phone (long links, long names); the last card reached by scrolling.
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "The page scrolls sideways on a 360 px phone.");
        var last = cards.Last;
        await last.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await AssertOnScreenAndReadableAsync(phone, last.Locator("h3"));
        var other = phone.Locator(TestId("proposal-card", "[data-kind='projetAilleurs']")).First;
        await other.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Assertions.Expect(other).ToContainTextAsync("Où il existe : ", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(other).ToContainTextAsync("Lien : https://example.org/", ContainsOptions).DefaultTimeout();
        await Screenshots.SaveAsync(phone, "consultation-6-phone-project-from-elsewhere-360", fullPage: false);

        // The filter by kind.
        await phone.Locator(TestId("filter-kind")).SelectOptionAsync("projetAilleurs").DefaultTimeout();
        await Assertions.Expect(cards).ToHaveCountAsync(13, CountOptions).DefaultTimeout();
        Assert.All(await cards.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.kind)").DefaultTimeout(), k => Assert.Equal("projetAilleurs", k));
        await phone.Locator(TestId("filter-kind")).SelectOptionAsync("").DefaultTimeout();

        // A holder's contact without the consent box is refused on the phone and never sent.
        await phone.Locator(TestId("propose-projetLocal")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await phone.Locator(TestId("propose-projetLocal")).ClickAsync().DefaultTimeout();
        await phone.Locator(TestId("proposal-title")).FillAsync("Boulangerie paysanne de Saint-Pierreville").DefaultTimeout();
        await phone.Locator(TestId("proposal-text")).FillAsync("Un fournil au village avec le blé des fermes du plateau ; il nous faut un four et un local.").DefaultTimeout();
        await phone.Locator(TestId("proposal-holder")).FillAsync("Julien Arnaud").DefaultTimeout();
        await phone.Locator(TestId("proposal-contact")).FillAsync("julien.arnaud@example.org").DefaultTimeout();
        await phone.Locator(TestId("proposal-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("propose-refusal"))).ToHaveTextAsync(
            "Cochez l'accord pour le contact, ou effacez-le : sans accord, aucun contact n'est gardé.", TextOptions).DefaultTimeout();
        await AssertOnScreenAndReadableAsync(phone, phone.Locator(TestId("propose-refusal")));
        await Screenshots.SaveAsync(phone, "consultation-7-phone-contact-needs-consent-360", fullPage: false);
        Assert.Equal(0, await phone.Locator(TestId("pending-item")).CountAsync().DefaultTimeout());
        Assert.Equal(40, (await demarche.ConsultationAsync()).GetProperty("proposals").GetArrayLength());

        // With the box ticked it goes, and the contact is the coordinator's alone.
        await phone.Locator(TestId("proposal-consent")).CheckAsync().DefaultTimeout();
        await phone.Locator(TestId("proposal-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("my-proposals")).Locator(TestId("proposal-card"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        Assert.DoesNotContain("julien.arnaud@example.org", (await demarche.ConsultationAsync()).GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("julien.arnaud@example.org", await phone.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        Assert.Contains("julien.arnaud@example.org", (await demarche.ConsultationAsync(demarche.Token)).GetRawText(), StringComparison.Ordinal);

        // Closed: it says so, and offers nothing to press or type.
        await demarche.CloseConsultationAsync();
        // Reloaded far down the list while something slow (here an image) holds the page's load event back: the browser
        // would restore the old offset once the proposals are drawn, and the notice at the top would be out of sight.
        await phone.RouteAsync("**/slow-load.png", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await route.FulfillAsync(new() { Status = 200, ContentType = "image/png", BodyBytes = Convert.FromBase64String(OnePixelPng) });
        }).DefaultTimeout();
        await phone.AddInitScriptAsync("document.addEventListener('DOMContentLoaded', () => { const i = new Image(); i.src = '/slow-load.png'; document.body.appendChild(i); })").DefaultTimeout();
        await phone.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("consultation-closed"))).ToHaveTextAsync(
            "La consultation est close : vous pouvez lire les propositions et ce qu'elles sont devenues, mais plus en ajouter, les soutenir ni les commenter.", TextOptions).DefaultTimeout();
        await AssertOnScreenAndReadableAsync(phone, phone.Locator(TestId("consultation-closed")));
        await Assertions.Expect(phone.Locator(TestId("purpose"))).ToHaveTextAsync("Avant la soirée créative, chacun a proposé ici ce que le territoire pourrait y travailler, et soutenu les idées des autres.", TextOptions).DefaultTimeout();
        await Assertions.Expect(cards).ToHaveCountAsync(40, CountOptions).DefaultTimeout();
        foreach (var id in new[] { "propose-defi", "support", "comment-form", "proposal-submit" })
        {
            Assert.Equal(0, await phone.Locator(TestId(id)).CountAsync().DefaultTimeout());
        }

        await Screenshots.SaveAsync(phone, "consultation-8-phone-closed-360", fullPage: false);
        errors.AssertNone();
    }

    [Fact]
    public async Task HostileTextInAProposalStaysTextAndThePageHasNoSeriousAccessibilityViolations()
    {
        const string Markup = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
        using var demarche = await DemarcheSeeder.CreateAsync(server.Server, "Démarche " + Markup, "<b>Ardèche</b>");
        var visitor = await demarche.NewVisitorAsync();
        var defi = await demarche.ProposeAsync(visitor, new { kind = "defi", title = "Défi " + Markup, text = "=HYPERLINK(\"http://x\";\"y\") <iframe src=javascript:alert(1)>", consent = false });
        await demarche.ProposeAsync(visitor, new { kind = "projetLocal", title = "[lien](javascript:alert(1))", text = "<svg onload=alert(1)> projet", holder = "<b>Porteur</b>", consent = false });
        await demarche.ProposeAsync(visitor, new { kind = "projetAilleurs", title = "Ailleurs \"><svg onload=alert(1)>", text = "Texte", where = "<marquee>Nulle part</marquee>", link = "https://example.org/?q=<script>alert(1)</script>", why = "{{constructor.constructor('alert(1)')()}}", consent = false });
        await demarche.CommentAsync(visitor, defi, "<img src=x onerror=alert(1)> commentaire", "<b>Pseudo</b>");

        var dialogs = 0;
        await using var context = await browser.PhoneContextAsync(width: 360, height: 640);
        var (phone, errors) = await NewWatchedPageAsync(context);
        phone.Dialog += (_, dialog) =>
        {
            Interlocked.Increment(ref dialogs);
            _ = dialog.DismissAsync();
        };
        await phone.GotoAsync(demarche.ConsultationUrl).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("proposal-card"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await phone.Locator(TestId($"comments-{defi}")).Locator("summary").ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("comment"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        var text = await phone.Locator("body").InnerTextAsync().DefaultTimeout();
        foreach (var shown in new[] { "Démarche " + Markup, "<b>Ardèche</b>", "Défi " + Markup, "<iframe src=javascript:alert(1)>", "[lien](javascript:alert(1))", "<b>Porteur</b>", "<marquee>Nulle part</marquee>", "{{constructor.constructor('alert(1)')()}}", "<b>Pseudo</b>", "<img src=x onerror=alert(1)> commentaire" })
        {
            Assert.Contains(shown, text, StringComparison.Ordinal);
        }

        Assert.Equal(0, await phone.Locator("img[src='x'], script:not([src]), b, iframe, svg[onload], marquee, a[href^='javascript']").CountAsync().DefaultTimeout());
        Assert.True(await phone.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        await Screenshots.SaveAsync(phone, "consultation-9-phone-hostile-text-360", fullPage: false);
        Assert.Equal(0, dialogs);
        errors.AssertNone();

        // Axe, on a page with a proposal form open.
        await using var axeContext = await browser.PhoneContextAsync(bypassCsp: true, width: 360, height: 640);
        var axed = await axeContext.NewPageAsync().DefaultTimeout();
        await axed.GotoAsync(demarche.ConsultationUrl).DefaultTimeout();
        await Assertions.Expect(axed.Locator(TestId("proposal-card"))).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(axed);
        await axed.Locator(TestId("propose-projetLocal")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(axed.Locator(TestId("propose-form"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(axed);
    }

    // A transparent 1×1 PNG.
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    /// <summary>Inside the viewport, and written at least 14 px high (a phone held at arm's length).</summary>
    internal static async Task AssertOnScreenAndReadableAsync(IPage page, ILocator locator, double minPx = 14)
    {
        await Assertions.Expect(locator).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        var box = await locator.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("Not rendered.");
        var viewport = page.ViewportSize!;
        Assert.True(box.Y >= 0 && box.Y + box.Height <= viewport.Height + 0.5 && box.X >= 0 && box.X + box.Width <= viewport.Width + 0.5,
            $"{locator} expected inside the {viewport.Width}×{viewport.Height} viewport, found at ({box.X}, {box.Y}) {box.Width}×{box.Height}.");
        var px = await locator.EvaluateAsync<double>("e => Math.min(...[e, ...e.querySelectorAll('*')].filter(x => x.childNodes.length && [...x.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && !x.closest('.visually-hidden')).map(x => parseFloat(getComputedStyle(x).fontSize)))").DefaultTimeout();
        Assert.True(px >= minPx, $"{locator} has text at {px}px, under {minPx}px.");
    }

    private static IEnumerable<string> Titles(JsonElement consultation) =>
        consultation.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("title").GetString()!);

    private static JsonElement Proposal(JsonElement consultation, string? id, string? title = null) =>
        consultation.GetProperty("proposals").EnumerateArray().Single(p => id is null ? p.GetProperty("title").GetString() == title : p.GetProperty("id").GetString() == id);

    private static int Supports(JsonElement consultation, string id) => Proposal(consultation, id).GetProperty("supports").GetInt32();

    /// <summary>Holds the requests of a route until released, and says when the first one arrived.</summary>
    private sealed class Gate
    {
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task HoldAsync(IRoute route)
        {
            if (route.Request.Method is "PUT" or "DELETE")
            {
                _arrived.TrySetResult();
                await _released.Task;
            }

            await route.ContinueAsync();
        }

        public Task ArrivedAsync() => _arrived.Task.DefaultTimeout();

        public void Release() => _released.TrySetResult();
    }
}
