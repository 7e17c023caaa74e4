using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// The steps an evening is made of, done the way people do them: an animator's clicks in the console, a participant's
/// taps on a phone. Every wait is Playwright's auto-waiting or polling, bounded by <see cref="Patience"/>.
/// </summary>
public static class LiveSteps
{
    /// <summary>How long a live page may take to show what another device did (the machine may be slow).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>Bounds for Playwright's Expect-style assertions.</summary>
    public static LocatorAssertionsToHaveCountOptions CountOptions => new() { Timeout = (float)Patience.TotalMilliseconds };

    public static LocatorAssertionsToHaveAttributeOptions AttributeOptions => new() { Timeout = (float)Patience.TotalMilliseconds };

    public static LocatorAssertionsToHaveTextOptions TextOptions => new() { Timeout = (float)Patience.TotalMilliseconds };

    public static LocatorAssertionsToContainTextOptions ContainsOptions => new() { Timeout = (float)Patience.TotalMilliseconds };

    public static LocatorAssertionsToBeVisibleOptions VisibleOptions => new() { Timeout = (float)Patience.TotalMilliseconds };

    /// <summary>An absolute URL on the server, whether the server answered a path or a full address.</summary>
    public static string Absolute(ServerProcess server, string url)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute.ToString()
            : server.Url(url);
    }

    /// <summary>A selector for elements by their data-testid, optionally narrowed by more attribute tests.</summary>
    public static string TestId(string id, string more = "") => $"[data-testid='{id}']{more}";

    /// <summary>A new page of the context, watched for errors from its first request on.</summary>
    public static async Task<(IPage Page, PageErrors Errors)> NewWatchedPageAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync().DefaultTimeout();
        return (page, PageErrors.Watch(page));
    }

    /// <summary>Opens the animator's console and waits until it has the soirée's run-of-show.</summary>
    public static async Task OpenConsoleAsync(IPage page, string url)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(url).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("round")).First).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
    }

    /// <summary>Opens the join page on a phone, joins with a nickname and waits for the live view.</summary>
    public static async Task JoinAsync(IPage page, string joinUrl, string nickname)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(joinUrl).DefaultTimeout();
        await page.Locator(TestId("nickname")).FillAsync(nickname).DefaultTimeout();
        await page.Locator(TestId("join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("me-nickname"))).ToHaveTextAsync(nickname, TextOptions).DefaultTimeout();
    }

    /// <summary>The console's row of a round.</summary>
    public static ILocator Round(IPage console, string workshopId, string roundId) =>
        console.Locator(TestId("round", $"[data-workshop-id='{workshopId}'][data-round-id='{roundId}']"));

    /// <summary>
    /// Starts a given round from the console, as an animator who leaves the planned order would: unfolds the
    /// workshop's commands, presses the round's start and, when the console asks (out of order), confirms. Waits until
    /// the console shows the round running.
    /// </summary>
    public static async Task StartRoundAsync(IPage console, string workshopId, string roundId)
    {
        ArgumentNullException.ThrowIfNull(console);
        var commands = console.Locator(TestId("workshop-commands", $"[data-workshop-id='{workshopId}']"));
        if (await commands.GetAttributeAsync("open").DefaultTimeout() is null)
        {
            await commands.Locator("summary").ClickAsync().DefaultTimeout();
        }

        var row = Round(console, workshopId, roundId);
        await row.Locator(TestId("start-round")).ClickAsync().DefaultTimeout();
        var confirm = row.Locator(TestId("start-round-confirm"));
        var running = row.Locator("[data-status='running']").Or(console.Locator(TestId("round", $"[data-workshop-id='{workshopId}'][data-round-id='{roundId}'][data-status='running']")));
        await Assertions.Expect(confirm.Or(running)).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        if (await confirm.CountAsync().DefaultTimeout() == 1)
        {
            await confirm.ClickAsync().DefaultTimeout();
        }

        await Assertions.Expect(Round(console, workshopId, roundId)).ToHaveAttributeAsync("data-status", "running", AttributeOptions).DefaultTimeout();
    }

    /// <summary>Presses a button that asks for confirmation in place, then its "Oui".</summary>
    public static async Task ConfirmAsync(IPage page, string testId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(TestId(testId)).ClickAsync().DefaultTimeout();
        await page.Locator(TestId($"{testId}-confirm")).ClickAsync().DefaultTimeout();
    }

    /// <summary>Writes a note on a phone: picks the column (when there is a choice), types, presses Enter.</summary>
    public static async Task WriteNoteAsync(IPage phone, string? column, string text)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (column is not null)
        {
            var choice = phone.Locator(TestId($"column-{column}"));
            await choice.ClickAsync().DefaultTimeout();
            await Assertions.Expect(choice).ToHaveAttributeAsync("aria-pressed", "true", AttributeOptions).DefaultTimeout();
        }

        var box = phone.Locator(TestId("note-text"));
        await box.FillAsync(text).DefaultTimeout();
        await box.PressAsync("Enter").DefaultTimeout();
        await Assertions.Expect(box).ToHaveValueAsync("", new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
    }

    /// <summary>The phone's own note with this text, once the server has it (data-pending="false").</summary>
    public static async Task<ILocator> MySentNoteAsync(IPage phone, string text)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var note = phone.Locator(TestId("my-note"), new() { HasText = text });
        await Assertions.Expect(note).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(note).ToHaveAttributeAsync("data-pending", "false", AttributeOptions).DefaultTimeout();
        return note;
    }

    /// <summary>Asks the console for a board link for another device, shows the (masked) link and returns it.</summary>
    public static async Task<string> BoardUrlAsync(ServerProcess server, IPage console)
    {
        ArgumentNullException.ThrowIfNull(console);
        await console.Locator(TestId("board-link")).ClickAsync().DefaultTimeout();
        var output = console.Locator(TestId("board-url"));
        await Assertions.Expect(output).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await console.Locator(".link-result", new() { Has = output }).Locator(TestId("reveal-secret")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(output).ToContainTextAsync("/b/", ContainsOptions).DefaultTimeout();
        var url = await output.TextContentAsync().DefaultTimeout() ?? "";
        return Absolute(server, url.Trim());
    }

    /// <summary>Creates a regroupement in the console and returns its id.</summary>
    public static async Task<string> CreateClusterAsync(IPage console, string title)
    {
        ArgumentNullException.ThrowIfNull(console);
        await console.Locator(TestId("new-cluster-title")).FillAsync(title).DefaultTimeout();
        await console.Locator(TestId("new-cluster")).ClickAsync().DefaultTimeout();
        // The title is the input's value (a property, not an attribute): look for it in the page.
        var found = await console.WaitForFunctionAsync(
            """
            title => [...document.querySelectorAll("[data-testid='console-cluster']")]
              .find(c => c.querySelector("[data-testid='cluster-title']")?.value === title)?.dataset.clusterId ?? null
            """,
            title,
            new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        return await found.JsonValueAsync<string>().DefaultTimeout();
    }

    /// <summary>Puts a note into a regroupement with the note's select (the console's keyboard way).</summary>
    public static async Task PlaceNoteAsync(IPage console, string noteText, string clusterId, string clusterTitle)
    {
        ArgumentNullException.ThrowIfNull(console);
        var note = console.Locator(TestId("console-note"), new() { HasText = noteText });
        await note.Locator(TestId("note-cluster")).SelectOptionAsync(new SelectOptionValue { Label = clusterTitle }).DefaultTimeout();
        var placed = console.Locator(TestId("console-cluster", $"[data-cluster-id='{clusterId}']")).Locator(TestId("console-note"), new() { HasText = noteText });
        await Assertions.Expect(placed).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
    }
}
