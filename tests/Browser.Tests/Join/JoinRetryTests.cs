using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Join;

/// <summary>A phone whose join went through but whose answer was lost joins again as the same participant.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JoinRetryTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task APhoneThatLostTheAnswerToItsJoinTapsAgainAndIsStillOneParticipant()
    {
        var created = await server.Server.CreateSessionAsync(new { title = "Soirée au lavoir", open = true });
        await using var context = await browser.PhoneContextAsync();
        var page = await context.NewPageAsync().DefaultTimeout();
        var joins = 0;
        await page.RouteAsync("**/api/join/*", async route =>
        {
            if (route.Request.Method == "POST" && Interlocked.Increment(ref joins) == 1)
            {
                // The server receives the join and answers, but the answer never reaches the phone.
                await route.FetchAsync();
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        }).DefaultTimeout();

        await page.GotoAsync(LiveSteps.Absolute(server.Server, created.JoinUrl)).DefaultTimeout();
        await page.Locator(LiveSteps.TestId("nickname")).FillAsync("Lucie").DefaultTimeout();
        await page.Locator(LiveSteps.TestId("join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator("#join-error")).Not.ToBeEmptyAsync(new() { Timeout = (float)LiveSteps.Patience.TotalMilliseconds }).DefaultTimeout();

        await page.Locator(LiveSteps.TestId("join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(LiveSteps.TestId("me-nickname"))).ToHaveTextAsync("Lucie", LiveSteps.TextOptions).DefaultTimeout();

        Assert.Equal(2, joins);
        var snapshot = await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken);
        Assert.Equal(1, snapshot.GetProperty("session").GetProperty("participants").GetArrayLength());
    }
}
