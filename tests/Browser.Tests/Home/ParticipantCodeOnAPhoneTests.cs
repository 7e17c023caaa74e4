using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Home;

/// <summary>
/// A participant who typed the server's address on a small 360×640 phone, instead of scanning the QR code: the code
/// field comes first, a wrong code is said and stays to be corrected, the right one opens the join page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ParticipantCodeOnAPhoneTests(ServerFixture server, BrowserFixture browser)
{
    private const string Alphabet = "ACDEFGHJKMNPQRTUVWXY3467";

    [Fact]
    public async Task TheCodeFieldIsInTheFirstScreenAWrongCodeIsSaidAndKeptAndTheRightOneOpensTheJoinPage()
    {
        var created = await server.Server.CreateSessionAsync(new { title = "Soirée du four à pain", open = true });
        await using var context = await HomeContexts.SmallPhoneAsync(browser);
        var (page, errors) = await NewWatchedPageAsync(context);
        await page.GotoAsync(server.Server.Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle }).DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-phone-1-first-screen");

        // Everything the participant needs is in the first screen, and before the preparation.
        var input = page.GetByTestId("join-code-input");
        var button = page.GetByTestId("join-with-code");
        foreach (var control in new[] { input, button })
        {
            var box = await control.BoundingBoxAsync().DefaultTimeout();
            Assert.NotNull(box);
            Assert.True(box.Y >= 0 && box.Y + box.Height <= HomeContexts.PhoneHeight, $"A control of the code field ends at {box.Y + box.Height} px, below the first 640 px screen.");
        }

        var heading = await page.Locator("h1").BoundingBoxAsync().DefaultTimeout();
        Assert.True((await input.BoundingBoxAsync().DefaultTimeout())!.Y < heading!.Y, "The code field comes after the animator's preparation.");
        Assert.Equal(HomeContexts.PhoneWidth, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth").DefaultTimeout());

        // A well-formed code that no soirée has: said plainly, the field keeps it, selected, to be retyped.
        var wrong = WrongCode(created.JoinCode);
        await input.TapAsync().DefaultTimeout();
        await page.Keyboard.TypeAsync($"{wrong[..4]}-{wrong[4..]}").DefaultTimeout();
        await button.TapAsync().DefaultTimeout();
        var error = page.GetByTestId("join-code-error");
        await Assertions.Expect(error).ToContainTextAsync("Aucune soirée n'a le code", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(input).ToHaveValueAsync($"{wrong[..4]}-{wrong[4..]}", new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        await Assertions.Expect(input).ToBeFocusedAsync(new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true", AttributeOptions).DefaultTimeout();
        Assert.Equal(server.Server.Url("/"), page.Url);
        var errorBox = await error.BoundingBoxAsync().DefaultTimeout();
        Assert.True(errorBox!.Y + errorBox.Height <= HomeContexts.PhoneHeight, "The message about the wrong code is below the first screen.");
        await Screenshots.SaveAsync(page, "home-phone-2-wrong-code");

        // Typing over the selection replaces the wrong code; the right one opens the join page.
        await page.Keyboard.TypeAsync(created.JoinCode.ToLowerInvariant()).DefaultTimeout();
        await button.TapAsync().DefaultTimeout();
        // The address is polled rather than awaited as a navigation: the join page may have loaded before a
        // navigation waiter would be listening.
        await Assertions.Expect(page).ToHaveURLAsync(server.Server.Url("/j/" + created.JoinCode), new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        await Assertions.Expect(page.GetByTestId("nickname")).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Screenshots.SaveAsync(page, "home-phone-3-join-page");

        // The browser reports the two refused look-ups of the wrong code in its console (as an evening's, then as a
        // working group's); nothing else went wrong.
        Assert.Equal(2, errors.Errors.Count);
        Assert.Single(errors.Errors, e => e.Contains($"/api/join/{wrong}", StringComparison.Ordinal));
        Assert.Single(errors.Errors, e => e.Contains($"/api/groups/join/{wrong}", StringComparison.Ordinal));
    }

    /// <summary>A code of the right shape that is not the soirée's (no other soirée on this server is likely to have it).</summary>
    private static string WrongCode(string taken)
    {
        while (true)
        {
            var code = new string([.. Enumerable.Range(0, 8).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)])]);
            if (code != taken)
            {
                return code;
            }
        }
    }
}
