using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// What a working group's page gained for the launch: a co-animator on a laptop sets the theme and the stage
/// "Lancement" ("Arrêté" only with why), states a need and an offer and publishes; a member on a 360×640 phone reads
/// them with no control they could not use; the fiche projet downloads as JSON and PDF.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GroupLaunchPagesTests(ServerFixture server, BrowserFixture browser)
{
    private const string Name = "Conserverie solidaire";

    [Fact]
    public async Task ASeatLaunchesStatesANeedAndAnOfferAndPublishesAMemberReadsThemAndTheFicheDownloads()
    {
        var (groupId, code, seat) = await DemarcheSeeder.CreateGroupAsync(server.Server, Name, "Des bocaux avec les invendus des maraîchers de l'Eyrieux");
        var member = await DemarcheSeeder.JoinGroupAsync(server.Server, code, "Odile");

        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (co, coErrors) = await NewWatchedPageAsync(laptop);
        await co.GotoAsync(server.Server.Url($"/gr/{groupId}#{seat}")).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("group-name"))).ToHaveTextAsync(Name, TextOptions).DefaultTimeout();

        // "Arrêté" without why is refused on the page, said where the co-animator is, and nothing is sent.
        var card = co.Locator(TestId("card"));
        await card.Locator("summary").ClickAsync().DefaultTimeout();
        await card.Locator(TestId("card-theme")).SelectOptionAsync("transformationAlimentaire").DefaultTimeout();
        await card.Locator(TestId("card-stage")).SelectOptionAsync("stopped").DefaultTimeout();
        await Assertions.Expect(card.Locator(TestId("card-stop-reason"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await card.Locator(TestId("card-submit")).ClickAsync().DefaultTimeout();
        var refusal = card.Locator(TestId("card-refusal"));
        await Assertions.Expect(refusal).ToHaveTextAsync("Dites pourquoi le projet s'arrête : c'est ce que le portefeuille de la démarche en gardera.", TextOptions).DefaultTimeout();
        await ConsultationOnAPhoneTests.AssertOnScreenAndReadableAsync(co, refusal);
        await Screenshots.SaveAsync(co, "group-launch-1-laptop-stop-needs-reason-1366", fullPage: false);
        Assert.Equal(0, await co.Locator(TestId("pending-item")).CountAsync().DefaultTimeout());
        Assert.Equal("exploration", (await GroupAsync(seat, groupId)).GetProperty("group").GetProperty("stage").GetString());

        // The theme and "Lancement".
        await card.Locator(TestId("card-stage")).SelectOptionAsync("launched").DefaultTimeout();
        await card.Locator(TestId("card-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("group-theme"))).ToHaveTextAsync("Transformation alimentaire", TextOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("stages"))).ToContainTextAsync("Lancement", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        var read = (await GroupAsync(seat, groupId)).GetProperty("group");
        Assert.Equal(("launched", "transformationAlimentaire"), (read.GetProperty("stage").GetString(), read.GetProperty("theme").GetString()));

        // A need and an offer.
        await AddExchangeAsync(co, "need", "lieu", "Un local aux normes avec une chambre froide, près de Vernoux");
        await AddExchangeAsync(co, "offer", "competences", "Former des bénévoles aux règles d'hygiène de la conserverie");
        await Assertions.Expect(co.Locator(TestId("exchanges-need")).Locator(TestId("exchange"))).ToContainTextAsync("chambre froide", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("exchanges-offer")).Locator(TestId("exchange"))).ToContainTextAsync("règles d'hygiène", ContainsOptions).DefaultTimeout();

        // Published, with its needs and offers.
        var publication = co.Locator(TestId("publication-edit"));
        await publication.Locator("summary").ClickAsync().DefaultTimeout();
        await publication.Locator(TestId("publication-published")).CheckAsync().DefaultTimeout();
        await publication.Locator(TestId("publication-needs")).CheckAsync().DefaultTimeout();
        await publication.Locator(TestId("publication-text")).FillAsync("Ouverte à tous les producteurs du plateau : apportez vos surplus le mardi.").DefaultTimeout();
        await publication.Locator(TestId("publication-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("publication-state"))).ToHaveAttributeAsync("data-published", "true", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("publication-state"))).ToHaveTextAsync("Le projet est sur la page publique du territoire : nom, promesse, thème, étape et texte public, besoins et offres.", TextOptions).DefaultTimeout();
        await co.Locator(TestId("exchanges-need")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(co, "group-launch-2-laptop-needs-offers-1366", fullPage: false);
        await co.Locator(TestId("publication-state")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(co, "group-launch-3-laptop-published-1366", fullPage: false);

        // The fiche projet: JSON with the project's name, and a PDF.
        var json = await co.RunAndWaitForDownloadAsync(() => co.Locator(TestId("fiche-json")).ClickAsync()).DefaultTimeout();
        using (var fiche = JsonDocument.Parse(await File.ReadAllTextAsync((await json.PathAsync().DefaultTimeout())!).DefaultTimeout()))
        {
            Assert.Equal(Name, fiche.RootElement.GetProperty("name").GetString());
            Assert.Equal(1, fiche.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("lancement", fiche.RootElement.GetProperty("stage").GetString());
            Assert.Contains("chambre froide", fiche.RootElement.GetProperty("needs").GetRawText(), StringComparison.Ordinal);
        }

        var pdf = await co.RunAndWaitForDownloadAsync(() => co.Locator(TestId("fiche-pdf")).ClickAsync()).DefaultTimeout();
        var bytes = await File.ReadAllBytesAsync((await pdf.PathAsync().DefaultTimeout())!).DefaultTimeout();
        Assert.True(bytes.Length > 1000 && bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8), $"The fiche's PDF is {bytes.Length} bytes.");
        coErrors.AssertNone();

        // A member on a phone reads the theme, the stage, the need and the offer, with no control they could not use.
        await using var phoneContext = await browser.PhoneContextAsync(width: 360, height: 640);
        var (phone, phoneErrors) = await NewWatchedPageAsync(phoneContext);
        await phone.GotoAsync(server.Server.Url($"/gr/{groupId}#{member}")).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("group-theme"))).ToHaveTextAsync("Transformation alimentaire", TextOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("exchanges-need"))).ToContainTextAsync("Un local aux normes avec une chambre froide, près de Vernoux", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("exchanges-offer"))).ToContainTextAsync("Former des bénévoles aux règles d'hygiène de la conserverie", ContainsOptions).DefaultTimeout();
        foreach (var control in new[] { "card", "card-stage", "exchange-new", "exchange-remove", "exchange-form", "publication-edit", "publication-state", "publication-submit" })
        {
            Assert.Equal(0, await phone.Locator(TestId(control)).CountAsync().DefaultTimeout());
        }

        await phone.Locator(TestId("exchanges-need")).ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await ConsultationOnAPhoneTests.AssertOnScreenAndReadableAsync(phone, phone.Locator(TestId("exchanges-need")).Locator(".exchange-text"));
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "The group's page scrolls sideways on a 360 px phone.");
        await Screenshots.SaveAsync(phone, "group-launch-4-phone-member-reads-360", fullPage: false);

        // The member may take the fiche too.
        var memberJson = await phone.RunAndWaitForDownloadAsync(() => phone.Locator(TestId("fiche-json")).ClickAsync()).DefaultTimeout();
        Assert.Contains(Name, await File.ReadAllTextAsync((await memberJson.PathAsync().DefaultTimeout())!).DefaultTimeout(), StringComparison.Ordinal);
        phoneErrors.AssertNone();
    }

    private static async Task AddExchangeAsync(IPage page, string kind, string category, string text)
    {
        var fold = page.Locator(TestId("exchange-new"));
        if (await fold.GetAttributeAsync("open").DefaultTimeout() is null)
        {
            await fold.Locator("summary").ClickAsync().DefaultTimeout();
        }

        await fold.Locator(TestId("exchange-kind")).SelectOptionAsync(kind).DefaultTimeout();
        await fold.Locator(TestId("exchange-category")).SelectOptionAsync(category).DefaultTimeout();
        await fold.Locator(TestId("exchange-text")).FillAsync(text).DefaultTimeout();
        await fold.Locator(TestId("exchange-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId($"exchanges-{kind}")).Locator(TestId("exchange"), new() { HasText = text })).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
    }

    private async Task<JsonElement> GroupAsync(string token, string groupId)
    {
        using var http = server.Server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await http.GetAsync($"/api/groups/{groupId}").DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync().DefaultTimeout()).RootElement.Clone();
    }
}
