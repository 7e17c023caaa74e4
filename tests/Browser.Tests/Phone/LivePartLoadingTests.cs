using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// The phone's live part (SignalR) is a chunk of its own, loaded in the background while the join form shows. When
/// the network drops it, the phone says so and its retry button brings the live view once the network is back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LivePartLoadingTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task APhoneWhoseLivePartCannotBeLoadedShowsTheRetryScreenAndGoesLiveOnRetry()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée au foyer rural",
            open = true,
            workshops = new object[] { new { id = "w-em", format = "emergence", title = "Le foyer le soir", challenge = "Que faire du foyer le soir ?" } },
        });
        await using var context = await browser.PhoneContextAsync();
        var page = await context.NewPageAsync().DefaultTimeout();
        var broken = true;
        var refused = 0;
        await page.RouteAsync(new Regex("/assets/live-"), async route =>
        {
            if (Volatile.Read(ref broken))
            {
                Interlocked.Increment(ref refused);
                await route.AbortAsync("internetdisconnected");
                return;
            }

            await route.ContinueAsync();
        }).DefaultTimeout();

        await page.GotoAsync(Absolute(server.Server, created.JoinUrl)).DefaultTimeout();
        await page.Locator(TestId("nickname")).FillAsync("Maëlle").DefaultTimeout();
        await page.Locator(TestId("join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator("#problem-heading")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(".problem .error")).ToHaveTextAsync("Pas de connexion pour le moment. Vérifiez le Wi-Fi et réessayez.", TextOptions).DefaultTimeout();
        Assert.True(Volatile.Read(ref refused) >= 1);

        Volatile.Write(ref broken, false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("me-nickname"))).ToHaveTextAsync("Maëlle", TextOptions).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("workshop-title"))).ToHaveTextAsync("Le foyer le soir", TextOptions).DefaultTimeout();
        var snapshot = await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken);
        Assert.Equal(1, snapshot.GetProperty("session").GetProperty("participants").GetArrayLength());
    }
}
