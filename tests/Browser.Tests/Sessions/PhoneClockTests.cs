using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using EngineRound = StartupTerritoire.WorkshopEngine.Rounds.Round;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Sessions;

/// <summary>
/// Phones whose own clocks are five minutes fast or slow: the countdown follows the server's clock, not theirs, and
/// once the server's deadline has passed neither can write, whatever its own clock says.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneClockTests(ServerFixture server, BrowserFixture browser)
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task PhonesFiveMinutesOffShowTheServersCountdownAndCannotWriteAfterItsDeadline()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée des horloges",
            open = true,
            workshops = new object[]
            {
                new { id = "w-clock", format = "emergence", title = "Se déplacer", challenge = "Comment se déplacer sans voiture ?", roundMinutes = new Dictionary<string, int> { ["ideation"] = 1 } },
            },
        });
        await using var consoleContext = await browser.DesktopContextAsync();
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));

        var joinUrl = Absolute(server.Server, created.JoinUrl);
        await using var aheadContext = await browser.PhoneContextAsync();
        await using var behindContext = await browser.PhoneContextAsync();
        await aheadContext.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow + Skew });
        await behindContext.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow - Skew });
        var (ahead, aheadErrors) = await NewWatchedPageAsync(aheadContext);
        var (behind, behindErrors) = await NewWatchedPageAsync(behindContext);
        await JoinAsync(ahead, joinUrl, "Avance");
        await JoinAsync(behind, joinUrl, "Retard");
        // The phones' clocks really are off: what the page reads as "now".
        foreach (var (phone, sign) in new[] { (ahead, 1), (behind, -1) })
        {
            var pageNow = await phone.EvaluateAsync<double>("() => Date.now()");
            var off = pageNow - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            Assert.InRange(off * sign, Skew.TotalMilliseconds - 5_000, Skew.TotalMilliseconds + 5_000);
        }

        await StartRoundAsync(console, "w-clock", "ideation");
        var endsAt = await RoundEndsAtAsync(created);

        foreach (var phone in new[] { ahead, behind })
        {
            var countdown = phone.Locator(TestId("countdown"));
            await Assertions.Expect(countdown).ToHaveAttributeAsync("data-remaining-ms", new System.Text.RegularExpressions.Regex("^[0-9]+$"), AttributeOptions).DefaultTimeout();
            for (var sample = 0; sample < 3; sample++)
            {
                // The figure read was computed at a tick that came after "before" (it differs from the figure read
                // then) and before "after": the server's remaining time at that tick lies between the two, whatever
                // the machine's load makes the round trips to the page take.
                var before = DateTimeOffset.UtcNow;
                var previous = await countdown.GetAttributeAsync("data-remaining-ms");
                await phone.WaitForFunctionAsync("prev => document.querySelector(\"[data-testid='countdown']\")?.dataset.remainingMs !== prev", previous).DefaultTimeout();
                var shown = double.Parse((await countdown.GetAttributeAsync("data-remaining-ms"))!, CultureInfo.InvariantCulture);
                var after = DateTimeOffset.UtcNow;
                Assert.InRange(shown, (endsAt - after).TotalMilliseconds - 500, (endsAt - before).TotalMilliseconds + 500);
            }
        }

        // Past the server's deadline and the few seconds of grace it gives a round where people write, both phones
        // say the time is over and the composer refuses, though one phone's own clock says five minutes remain.
        var wait = endsAt + EngineRound.WritingGrace - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        foreach (var phone in new[] { ahead, behind })
        {
            // The round is over on the phone: its composer is gone or refuses, whatever the phone's own clock says.
            await phone.WaitForFunctionAsync(
                "() => { const b = document.querySelector(\"[data-testid='send-note']\"); return !b || b.disabled || b.offsetParent === null; }",
                null, new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
            var box = phone.Locator(TestId("note-text"));
            if (await box.IsVisibleAsync())
            {
                await box.FillAsync("Trop tard, mais mon horloge dit le contraire").DefaultTimeout();
                await box.PressAsync("Enter").DefaultTimeout();
                await Assertions.Expect(phone.Locator(TestId("send-note"))).ToBeDisabledAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await NoteCountAsync(created));
        consoleErrors.AssertNone();
        aheadErrors.AssertNone();
        behindErrors.AssertNone();
    }

    private async Task<JsonElement> SnapshotAsync(StartupTerritoire.Server.Api.CreatedSession created)
    {
        using var http = server.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{created.SessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", created.AnimatorToken);
        using var response = await http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout()).Clone();
    }

    private async Task<DateTimeOffset> RoundEndsAtAsync(StartupTerritoire.Server.Api.CreatedSession created)
    {
        var snapshot = await SnapshotAsync(created);
        var round = snapshot.GetProperty("session").GetProperty("workshops")[0].GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ideation");
        return DateTimeOffset.Parse(round.GetProperty("endsAt").GetString()!, CultureInfo.InvariantCulture);
    }

    private async Task<int> NoteCountAsync(StartupTerritoire.Server.Api.CreatedSession created) =>
        (await SnapshotAsync(created)).GetProperty("session").GetProperty("notes").GetArrayLength();
}
