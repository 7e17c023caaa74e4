using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// A cheap 360×640 Android: the note field is on the first screen right under the countdown, a round with one
/// column shows no column button, the field says what the round asks for, and a long note keeps its vote buttons in
/// reach.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallPhoneTests(ServerFixture server, BrowserFixture browser)
{
    private const string LongNote =
        "Un minibus électrique partagé entre les six communes du plateau, qui passerait le matin par tous les hameaux " +
        "pour emmener les anciens au marché, au cabinet médical et à la pharmacie, puis l'après-midi les collégiens " +
        "vers les activités sportives et culturelles ; les horaires seraient choisis ensemble chaque trimestre, " +
        "et les habitants pourraient le réserver par téléphone à la mairie pour les trajets exceptionnels du soir.";

    [Fact]
    public async Task TheNoteFieldIsRightUnderTheCountdownOnTheFirstScreenAndSaysWhatTheRoundOrColumnAsksFor()
    {
        await using var room = await JoinedAsync("Soirée créative des Cévennes ardéchoises", "Marcel");
        var (console, phone) = (room.Console, room.Phone);

        await StartRoundAsync(console, "w-mob", "ideation");
        var field = phone.Locator(TestId("note-text"));
        await Assertions.Expect(field).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(phone.GetByRole(AriaRole.Textbox, new() { Name = "Votre idée" })).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await AssertFieldUnderCountdownOnFirstScreenAsync(phone);
        Assert.Equal(0, await phone.Locator("[data-testid^='column-']").CountAsync().DefaultTimeout());
        await Screenshots.SaveAsync(phone, "phone-360-ideation");

        // The Questions round of an accélération asks for a question, still on the first screen.
        await StartRoundAsync(console, "w-conso", "questions");
        await Assertions.Expect(phone.Locator(TestId("round-name"))).ToHaveTextAsync("Questions", TextOptions).DefaultTimeout();
        await Assertions.Expect(phone.GetByRole(AriaRole.Textbox, new() { Name = "Votre question" })).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.DoesNotContain("idée", await phone.Locator("label[for='note-text']").TextContentAsync().DefaultTimeout() ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await phone.Locator("[data-testid^='column-']").CountAsync().DefaultTimeout());
        await AssertFieldUnderCountdownOnFirstScreenAsync(phone);
        await Screenshots.SaveAsync(phone, "phone-360-questions");

        // Enrichissement has five columns: the field comes first, the choice of column under it names the field.
        await StartRoundAsync(console, "w-conso", "enrichissement");
        await Assertions.Expect(phone.Locator("[data-testid^='column-']")).ToHaveCountAsync(5, CountOptions).DefaultTimeout();
        await AssertFieldUnderCountdownOnFirstScreenAsync(phone);
        await phone.Locator(TestId("column-ressources")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.GetByRole(AriaRole.Textbox, new() { Name = "Une ressource à proposer" })).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await WriteNoteAsync(phone, null, "Le four de la boulangerie de Payzac, libre le lundi");
        await Assertions.Expect(phone.Locator(TestId("my-note"), new() { HasText = "Le four de la boulangerie" })).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();
        await Screenshots.SaveAsync(phone, "phone-360-columns");
        room.ConsoleErrors.AssertNone();
        room.PhoneErrors.AssertNone();
    }

    [Fact]
    public async Task AVoteCardWithALongNoteKeepsItsButtonsUnderItsFirstLinesAndReadsInFullOnDemand()
    {
        await using var room = await JoinedAsync("Soirée créative du plateau", "Lucette");
        var (console, phone) = (room.Console, room.Phone);

        await StartRoundAsync(console, "w-mob", "ideation");
        Assert.InRange(LongNote.Length, 400, 500);
        await WriteNoteAsync(phone, null, LongNote);
        await WriteNoteAsync(phone, null, "Des vélos à assistance électrique prêtés par la mairie");
        await StartRoundAsync(console, "w-mob", "regroupement");
        await StartRoundAsync(console, "w-mob", "vote");

        var card = phone.Locator(TestId("vote-target"), new() { HasText = "Un minibus électrique" });
        await Assertions.Expect(card).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        var add = card.Locator(TestId("vote-add"));
        await Assertions.Expect(add).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        var cardBox = await card.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No vote card on screen.");
        var addBox = await add.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No + button on screen.");
        var line = await card.Locator(".target-title").EvaluateAsync<double>("el => parseFloat(getComputedStyle(el).lineHeight)").DefaultTimeout();
        // The text runs across the whole card, and the +/− row starts within its first five lines.
        var titleBox = await card.Locator(".target-title").BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No card title.");
        Assert.True(titleBox.Width >= cardBox.Width - 40, $"The text is {titleBox.Width} px wide in a {cardBox.Width} px card.");
        Assert.True(addBox.Y - cardBox.Y <= 5 * line + 20, $"The + button is {addBox.Y - cardBox.Y} px below the card's top ({line} px lines).");
        Assert.True(cardBox.Height < 10 * line, $"The card is {cardBox.Height} px high.");

        // "Lire la suite" is offered because the text is cut, and opens it in full.
        var more = card.Locator(TestId("read-more"));
        await Assertions.Expect(more).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("vote-target"), new() { HasText = "Des vélos" }).Locator(TestId("read-more"))).ToBeHiddenAsync().DefaultTimeout();
        await Screenshots.SaveAsync(phone, "phone-360-vote");
        await more.ClickAsync().DefaultTimeout();
        await Assertions.Expect(more).ToHaveAttributeAsync("aria-expanded", "true", AttributeOptions).DefaultTimeout();
        var opened = await card.BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No vote card on screen.");
        Assert.True(opened.Height > cardBox.Height + 2 * line, $"Opened, the card is {opened.Height} px high (was {cardBox.Height}).");

        await add.ClickAsync().DefaultTimeout();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-count", "1", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(more).ToHaveAttributeAsync("aria-expanded", "true", AttributeOptions).DefaultTimeout();
        await Screenshots.SaveAsync(phone, "phone-360-vote-open");
        room.ConsoleErrors.AssertNone();
        room.PhoneErrors.AssertNone();
    }

    /// <summary>At the top of the page, the field starts right under the countdown and ends within the first screen.</summary>
    private static async Task AssertFieldUnderCountdownOnFirstScreenAsync(IPage phone)
    {
        await phone.EvaluateAsync("() => window.scrollTo(0, 0)").DefaultTimeout();
        var countdown = await phone.Locator(TestId("countdown")).BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No countdown.");
        var field = await phone.Locator(TestId("note-text")).BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No note field.");
        var gap = field.Y - (countdown.Y + countdown.Height);
        Assert.True(gap is >= 0 and <= 90, $"The field starts {gap} px under the countdown.");
        Assert.True(field.Y + field.Height <= 640, $"The field ends at {field.Y + field.Height} px, below the first screen.");
    }

    /// <summary>A new soirée, its console, and a 360×640 phone joined to it.</summary>
    private async Task<Room> JoinedAsync(string title, string nickname)
    {
        var created = await CreateAsync(title);
        var desk = await browser.DesktopContextAsync(1440, 900);
        var (console, consoleErrors) = await NewWatchedPageAsync(desk);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var pocket = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 360, Height = 640 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "fr-FR",
        }).DefaultTimeout();
        pocket.SetDefaultTimeout((float)BrowserFixture.ActionTimeout.TotalMilliseconds);
        pocket.SetDefaultNavigationTimeout((float)BrowserFixture.ActionTimeout.TotalMilliseconds);
        var (phone, phoneErrors) = await NewWatchedPageAsync(pocket);
        await JoinAsync(phone, Absolute(server.Server, created.JoinUrl), nickname);
        return new Room(desk, console, consoleErrors, pocket, phone, phoneErrors);
    }

    private sealed record Room(IBrowserContext ConsoleContext, IPage Console, PageErrors ConsoleErrors, IBrowserContext PhoneContext, IPage Phone, PageErrors PhoneErrors)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await PhoneContext.DisposeAsync();
            await ConsoleContext.DisposeAsync();
        }
    }

    private Task<StartupTerritoire.Server.Api.CreatedSession> CreateAsync(string title) => server.Server.CreateSessionAsync(new
    {
        title,
        open = true,
        workshops = new object[]
        {
            new { id = "w-mob", format = "emergence", title = "Se déplacer sans voiture", challenge = "Comment aller au marché, chez le médecin et à la gare quand on n'a pas de voiture, dans des villages où le car passe deux fois par jour ?", theme = "Mobilité" },
            new { id = "w-conso", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie sur roues qui passe de ferme en ferme pour transformer les surplus de légumes et de fruits en bocaux vendus au marché.", needs = "Un local l'hiver, un autoclave, des bénévoles." },
        },
    });
}
