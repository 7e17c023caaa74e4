using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>A wrong join code is not a dead end: the page says so and offers a field to type it again, right there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JoinCodeTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task AWrongJoinCodeOffersAFieldToRetypeItAndThenJoins()
    {
        var created = await server.Server.CreateSessionAsync(new { title = "Soirée créative de Lablachère", open = true });
        await using var context = await browser.PhoneContextAsync();
        var (phone, errors) = await NewWatchedPageAsync(context);

        // A code misread from the screen (a valid shape, but no such soirée).
        var wrong = created.JoinCode[..4] + (created.JoinCode[4..] == "YYYY" ? "XXXX" : "YYYY");
        await phone.GotoAsync(server.Server.Url($"/j/{wrong}")).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("code-error"))).ToContainTextAsync("inconnu", ContainsOptions).DefaultTimeout();
        var input = phone.Locator(TestId("join-code-input"));
        await Assertions.Expect(input).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(input).ToHaveValueAsync($"{wrong[..4]}-{wrong[4..]}").DefaultTimeout();
        await Screenshots.SaveAsync(phone, "phone-wrong-code");

        // Typed again as people do: lower case, with the dash.
        await input.FillAsync(created.JoinCodeDisplay.ToLowerInvariant()).DefaultTimeout();
        await phone.Locator(TestId("join-code-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("nickname"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.EndsWith($"/j/{created.JoinCode}", phone.Url, StringComparison.Ordinal);
        await phone.Locator(TestId("nickname")).FillAsync("Odette").DefaultTimeout();
        await phone.Locator(TestId("join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("me-nickname"))).ToHaveTextAsync("Odette", TextOptions).DefaultTimeout();
        await Screenshots.SaveAsync(phone, "phone-wrong-code-joined");

        // A wrong code leaves a console error in the browser only for the 404 itself.
        Assert.All(errors.Errors, e => Assert.Contains("404", e, StringComparison.Ordinal));
    }
}
