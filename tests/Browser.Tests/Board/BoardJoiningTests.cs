using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Board;

/// <summary>The join column says what is true: a QR code and a code while people can join, and only then.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardJoiningTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task LockedJoiningHidesTheQrCodeAndTheCodeAndSaysTheInscriptionsAreClosed()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée aux inscriptions fermées");
        await using var hall = HallSeeder.For(server.Server, created);
        await BoardHall.RevealedAsync(hall, [.. HallNotes.More.Take(24)], people: 24);
        await using var board = await BoardScreen.OpenAsync(browser, await hall.BoardUrlAsync());
        await board.WaitForSceneAsync("notes", 24);

        // Open: the QR code, the address and the code; reading the QR code gives the join link.
        var qr = board.Page.Locator(TestId("join-qr")).Locator("svg");
        await Assertions.Expect(qr).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.Equal(server.Server.Url($"/j/{created.JoinCode}"), QrReader.Decode(await qr.EvaluateAsync<string>("svg => svg.outerHTML").DefaultTimeout()));
        Assert.Contains("Scannez pour participer", await board.TextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(board.Page.Locator(TestId("join-code"))).ToHaveTextAsync(created.JoinCodeDisplay, TextOptions).DefaultTimeout();

        await hall.LockJoiningAsync(true);
        await Assertions.Expect(board.Page.Locator(TestId("join-closed"))).ToHaveTextAsync("Les inscriptions sont fermées", TextOptions).DefaultTimeout();
        await board.CheckAtEverySizeAsync("joining-locked", ["join-closed", "participant-count", "board-note", "workshop-title"], async _ =>
        {
            var text = await board.TextAsync();
            Assert.DoesNotContain("Scannez", text, StringComparison.Ordinal);
            Assert.DoesNotContain(created.JoinCodeDisplay, text, StringComparison.Ordinal);
            Assert.Equal(0, await board.Page.Locator($"{TestId("join-qr")}, {TestId("join-code")}").CountAsync().DefaultTimeout());
            await Assertions.Expect(board.Page.Locator(TestId("participant-count"))).ToHaveTextAsync("24 participants", TextOptions).DefaultTimeout();
        });

        // Reopened: the QR code comes back.
        await hall.LockJoiningAsync(false);
        await Assertions.Expect(qr).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(board.Page.Locator(TestId("join-closed"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        board.AssertNoPageErrors();
    }
}
