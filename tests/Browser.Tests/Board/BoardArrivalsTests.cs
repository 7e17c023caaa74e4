using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Board;

/// <summary>
/// A hall arriving while the board is projected: the board counts everyone from its count alone (it holds nobody's
/// name), and a phone, which holds only its own person, still shows its nickname and its table, also a table it
/// changes while the hall keeps arriving.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardArrivalsTests(ServerFixture server, BrowserFixture browser)
{
    private const int Arrivals = 40;

    [Fact]
    public async Task TheBoardCountsEveryArrivalAndAPhoneKeepsShowingItsOwnNicknameAndTable()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée créative du plateau de Montselgues",
            open = true,
            workshops = new object[]
            {
                new { id = BoardHall.Workshop, format = "emergence", title = BoardHall.Title, challenge = BoardHall.Challenge },
            },
            tables = new object[] { new { name = "Table des Chênes", workshop = 0 }, new { name = "Table du Lavoir", workshop = 0 } },
        });
        await using var hall = HallSeeder.For(server.Server, created);
        await using var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync());
        var count = board.Page.Locator(TestId("participant-count"));
        await Assertions.Expect(count).ToHaveTextAsync("0 participant", TextOptions).DefaultTimeout();

        // Mireille joins from her phone at the Table des Chênes.
        await using var phoneContext = await browser.PhoneContextAsync();
        var (phone, phoneErrors) = await NewWatchedPageAsync(phoneContext);
        await phone.GotoAsync(Absolute(server.Server, created.JoinUrl)).DefaultTimeout();
        await phone.Locator(TestId("nickname")).FillAsync("Mireille").DefaultTimeout();
        await phone.GetByLabel("Table des Chênes").CheckAsync().DefaultTimeout();
        await phone.Locator(TestId("join")).ClickAsync().DefaultTimeout();
        var who = phone.Locator(".who");
        await Assertions.Expect(phone.Locator(TestId("me-nickname"))).ToHaveTextAsync("Mireille", TextOptions).DefaultTimeout();
        await Assertions.Expect(who).ToContainTextAsync("Table des Chênes", ContainsOptions).DefaultTimeout();

        // The hall arrives through the API while she changes table.
        var arriving = hall.JoinAsync(Arrivals, nickname: "Voisin");
        await phone.Locator(TestId("table-change")).SelectOptionAsync(new SelectOptionValue { Label = $"Table du Lavoir — {BoardHall.Title}" }).DefaultTimeout();
        await Assertions.Expect(who).ToContainTextAsync("Table du Lavoir", ContainsOptions).DefaultTimeout();
        await arriving;

        await Assertions.Expect(count).ToHaveTextAsync($"{Arrivals + 1} participants", TextOptions).DefaultTimeout();
        await board.CheckAtEverySizeAsync("arrivals", ["participant-count", "join-qr", "workshop-title"], async _ =>
            await Assertions.Expect(count).ToHaveTextAsync($"{Arrivals + 1} participants", TextOptions).DefaultTimeout());
        await Screenshots.SaveAsync(phone, "phone-arrivals", fullPage: false);

        // Her phone still names her and her new table; the board and the phone hold nobody else.
        await Assertions.Expect(phone.Locator(TestId("me-nickname"))).ToHaveTextAsync("Mireille", TextOptions).DefaultTimeout();
        await Assertions.Expect(who).ToContainTextAsync("Table du Lavoir", ContainsOptions).DefaultTimeout();
        Assert.DoesNotContain("Voisin", await board.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Voisin", await phone.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        board.AssertNoPageErrors();
        phoneErrors.AssertNone();
    }
}
