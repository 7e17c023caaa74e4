using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Exports;

/// <summary>
/// During the evening the animator downloads the JSON record and the printable report from the console's Exports
/// section; the report, opened in the browser, shows a hostile note as text and runs none of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleExportsTests(ServerFixture server, BrowserFixture browser)
{
    private const string Hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> Une navette le mardi";

    [Fact]
    public async Task AnimatorDownloadsTheRecordAndAReportThatShowsHostileNotesAsText()
    {
        await using var room = await OpenRoomAsync("Soirée des exports");
        var (created, console, consoleErrors, phone, _) = room;
        await StartRoundAsync(console, "w-acc", "questions");
        await WriteNoteAsync(phone, null, Hostile);
        await MySentNoteAsync(phone, "Une navette le mardi");

        var exports = console.Locator(TestId("exports"));
        await Assertions.Expect(exports.Locator("h2")).ToHaveTextAsync("Exports", TextOptions).DefaultTimeout();

        var json = await DownloadAsync(console, "export-json");
        Assert.EndsWith(".json", json.Name, StringComparison.Ordinal);
        using (var record = JsonDocument.Parse(json.Text))
        {
            Assert.Equal("Soirée des exports", record.RootElement.GetProperty("session").GetProperty("title").GetString());
            var note = record.RootElement.GetProperty("workshops")[0].GetProperty("notes")[0];
            Assert.Equal(Hostile, note.GetProperty("text").GetString());
        }

        var report = await DownloadAsync(console, "export-report-html");
        Assert.EndsWith("-report.html", report.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", report.Text, StringComparison.Ordinal);

        await using var readerContext = await browser.DesktopContextAsync(1000, 1300);
        var reader = await readerContext.NewPageAsync();
        await reader.SetContentAsync(report.Text).DefaultTimeout();
        await Assertions.Expect(reader.Locator("h1")).ToContainTextAsync("Soirée des exports", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(reader.Locator("li", new() { HasText = "Une navette le mardi" })).ToContainTextAsync("<script>", ContainsOptions).DefaultTimeout();
        Assert.Equal(0, await reader.Locator("script, img, body iframe").CountAsync());
        Assert.True(await reader.EvaluateAsync<bool>("() => window.__pwned === undefined"), "a script from a note ran in the report");
        var shot = await Screenshots.SaveAsync(reader, "export-report");
        Assert.True(new FileInfo(shot).Length > 0);

        consoleErrors.AssertNone();
    }

    [Fact]
    public async Task AnimatorDeletesTheSessionAndThePhoneAndConsoleSaySo()
    {
        await using var room = await OpenRoomAsync("Soirée à supprimer");
        var (created, console, consoleErrors, phone, phoneErrors) = room;

        await ConfirmAsync(console, "delete-session");

        await Assertions.Expect(console.Locator(TestId("session-deleted"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("session-deleted"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        var kept = await phone.EvaluateAsync<int>($"() => Object.keys(localStorage).filter(k => k.includes('{created.SessionId}')).length");
        Assert.Equal(0, kept);
        using var http = server.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{created.SessionId}/export/json");
        request.Headers.Authorization = new("Bearer", created.AnimatorToken);
        using var response = await http.SendAsync(request).DefaultTimeout();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        consoleErrors.AssertNone();
        phoneErrors.AssertNone();
    }

    /// <summary>A soirée with one accélération, its console open and one phone joined.</summary>
    private async Task<Room> OpenRoomAsync(string title)
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title,
            open = true,
            workshops = new object[]
            {
                new { id = "w-acc", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie qui passe de ferme en ferme.", needs = "Un local" },
            },
        });
        var consoleContext = await browser.DesktopContextAsync(1440, 900);
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var phoneContext = await browser.PhoneContextAsync();
        var (phone, phoneErrors) = await NewWatchedPageAsync(phoneContext);
        await JoinAsync(phone, Absolute(server.Server, created.JoinUrl), "Léa");
        return new Room(created, console, consoleErrors, phone, phoneErrors, [consoleContext, phoneContext]);
    }

    private sealed record Room(CreatedSession Created, IPage Console, PageErrors ConsoleErrors, IPage Phone, PageErrors PhoneErrors, IBrowserContext[] Contexts)
        : IAsyncDisposable
    {
        public void Deconstruct(out CreatedSession created, out IPage console, out PageErrors consoleErrors, out IPage phone, out PageErrors phoneErrors) =>
            (created, console, consoleErrors, phone, phoneErrors) = (Created, Console, ConsoleErrors, Phone, PhoneErrors);

        public async ValueTask DisposeAsync()
        {
            foreach (var context in Contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    private static async Task<(string Name, string Text)> DownloadAsync(IPage console, string testId)
    {
        var download = await console.RunAndWaitForDownloadAsync(
            () => console.Locator(TestId(testId)).ClickAsync(),
            new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        var path = await download.PathAsync().DefaultTimeout();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
    }
}
