using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// A participant scans the QR code on a cheap phone over the hall's weak Wi-Fi: 400 kbit/s each way, 400 ms of
/// latency, a processor four times slower than this machine's, nothing cached. The join form (nickname and
/// "Rejoindre", enabled and on the first screen) must be usable within three seconds and the phone must download at
/// most 60 KB of compressed script up to the live view, in Brotli (HTTPS, or the laptop itself) and in gzip (what
/// Chromium accepts over plain HTTP on the hall's LAN); opened again, the page costs a 304 and its bundles come from
/// the cache. The times and the bytes of every response are printed with the test's output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneOnSlowLinkTests(ServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    private const int Kilobits = 400;
    private const int CpuSlowdown = 4;
    private const long ScriptBudgetBytes = 60_000;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan FirstScreenBudget = TimeSpan.FromSeconds(3);

    // Runs in the page from its first instant and notes, on the page's clock (ms since the navigation started), the
    // frame that first shows each moment. It looks only when the page changes, so that it adds little to the slowed main
    // thread; the test reads the notes through DevTools.
    private const string Moments = """
        (() => {
          const moments = {};
          window.slowLinkMoments = moments;
          const usable = (selector) => {
            const element = document.querySelector(selector);
            return element instanceof HTMLElement && !element.disabled && element.getClientRects().length > 0
              && element.getBoundingClientRect().bottom <= window.innerHeight;
          };
          const shown = {
            joinForm: () => usable("[data-testid='nickname']") && usable("[data-testid='join']"),
            liveView: () => usable("[data-testid='me-nickname']") && usable("[data-testid='workshop-title']")
              && document.querySelector(".connection[data-state='online']") !== null,
          };
          const look = () => {
            for (const [moment, isShown] of Object.entries(shown)) {
              if (moments[moment] === undefined && isShown()) {
                moments[moment] = null;
                requestAnimationFrame(() => { moments[moment] = performance.now(); });
              }
            }
          };
          document.addEventListener('click', () => { moments.tap ??= performance.now(); }, { capture: true });
          new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
        })();
        """;

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task OnAWeakLinkTheJoinFormIsUsableWithinThreeSecondsAndThePhoneLoadsAtMostSixtyKilobytesOfCompressedScript(string coding)
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée à la salle des fêtes",
            open = true,
            workshops = new object[] { new { id = "w-em", format = "emergence", title = "Bouger sans voiture", challenge = "Comment aller au marché sans voiture ?" } },
        });
        await using var context = await browser.PhoneContextAsync(width: 360, height: 640);
        var (page, errors) = await NewWatchedPageAsync(context);
        await page.AddInitScriptAsync(Moments).DefaultTimeout();
        string[] accepted = coding == "br" ? ["br", "gzip", "deflate"] : ["gzip", "deflate"];
        var phone = await SlowPhone.ApplyAsync(context, page, Latency, Kilobits, CpuSlowdown, accepted);
        // After opening the browser window, whose own start-up (Chromium's user interface) would otherwise share the
        // cores with the page being measured.
        await WarmUpServerAsync(created.JoinUrl);

        await page.GotoAsync(Absolute(server.Server, created.JoinUrl), new() { WaitUntil = WaitUntilState.Commit }).DefaultTimeout();
        var joinFormMs = await phone.WhenAsync("window.slowLinkMoments?.joinForm", Patience);
        var firstScreenWork = await phone.MainThreadAsync();
        await Screenshots.SaveAsync(page, $"phone-slow-link-join-form-{coding}");

        // A person types their nickname, then taps "Rejoindre"; the live part has been loading since the form showed.
        await page.Locator(TestId("nickname")).PressSequentiallyAsync("Camille", new() { Delay = 120 }).DefaultTimeout();
        await page.Locator(TestId("join")).ClickAsync().DefaultTimeout();
        var liveViewMs = await phone.WhenAsync("window.slowLinkMoments?.liveView", Patience);
        var tapMs = await phone.WhenAsync("window.slowLinkMoments?.tap", Patience);
        var all = phone.Finished;
        // What the join form needed had arrived before it showed; the live part, asked for as it showed, had not.
        var firstScreen = all.Where(t => t.FinishedMs <= joinFormMs).ToList();
        await Screenshots.SaveAsync(page, $"phone-slow-link-live-view-{coding}");

        var firstScreenScript = firstScreen.Where(t => t.IsScript).Sum(t => t.Bytes);
        var allScript = all.Where(t => t.IsScript).Sum(t => t.Bytes);
        var livePart = all.Where(t => t.IsScript).Select(t => t.Url).Except(firstScreen.Where(t => t.IsScript).Select(t => t.Url)).ToList();
        var livePartRequested = await page.EvaluateAsync<double[]>(
            "(urls) => performance.getEntriesByType('resource').filter((e) => urls.includes(e.name)).map((e) => e.startTime)", livePart).DefaultTimeout();

        // Later the page is opened again (the QR code scanned again, a reload): revalidated, its bundles from the cache.
        await page.GotoAsync(Absolute(server.Server, created.JoinUrl), new() { WaitUntil = WaitUntilState.Commit }).DefaultTimeout();
        var revisitLiveViewMs = await phone.WhenAsync("window.slowLinkMoments?.liveView", Patience);
        var revisit = phone.Finished.Skip(all.Count).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""
            {Kilobits} kbit/s, {Latency.TotalMilliseconds:0} ms latency, CPU ×{CpuSlowdown}, 360×640, empty cache, Accept-Encoding: {string.Join(", ", accepted)}.
            Join form usable at {joinFormMs:0} ms; script for it {firstScreenScript:N0} B; main thread until then: {firstScreenWork}.
            Live part requested at {string.Join(", ", livePartRequested.Select(s => s.ToString("0", CultureInfo.InvariantCulture)))} ms; tap at {tapMs:0} ms; live view at {liveViewMs:0} ms, {liveViewMs - tapMs:0} ms after the tap; script in all {allScript:N0} B.
            First screen:
            {SlowPhone.Describe(firstScreen)}
            Up to the live view:
            {SlowPhone.Describe(all)}
            Opened again: live view at {revisitLiveViewMs:0} ms.
            {SlowPhone.Describe(revisit)}
            """));

        Assert.True(joinFormMs <= FirstScreenBudget.TotalMilliseconds, $"The join form was usable after {joinFormMs:0} ms, over {FirstScreenBudget.TotalMilliseconds:0} ms.");
        Assert.True(firstScreenScript <= ScriptBudgetBytes, $"The join form took {firstScreenScript:N0} B of script, over {ScriptBudgetBytes:N0} B.");
        Assert.True(allScript <= ScriptBudgetBytes, $"The phone took {allScript:N0} B of script up to the live view, over {ScriptBudgetBytes:N0} B.");
        Assert.All(all.Where(t => t.IsScript || t.IsStylesheet), t => Assert.True(t.ContentEncoding == coding, $"{t.Path} came {t.ContentEncoding ?? "uncompressed"}, not {coding}."));
        Assert.NotEmpty(livePart);
        Assert.Equal(livePart.Count, livePartRequested.Length);
        Assert.All(livePartRequested, start => Assert.True(start < tapMs, $"The live part was requested at {start:0} ms, after the tap at {tapMs:0} ms."));
        Assert.Equal(304, revisit.Single(t => t.Type == "Document").Status);
        Assert.All(revisit.Where(t => t.IsScript || t.IsStylesheet), t => Assert.True(t.FromCache, $"{t.Path} was fetched again."));
        errors.AssertNone();
    }

    // In the hall the laptop has served the console, the board and other phones before this one: the server has
    // compiled what a join takes. This phone's browser still starts with an empty cache.
    private async Task WarmUpServerAsync(string joinUrl)
    {
        using var http = server.Server.CreateClient();
        var page = await http.GetStringAsync(Absolute(server.Server, joinUrl)).DefaultTimeout();
        foreach (var asset in Asset().Matches(page).Select(m => m.Value))
        {
            foreach (var coding in (string[])["br", "gzip"])
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, asset);
                request.Headers.AcceptEncoding.ParseAdd(coding);
                using var response = await http.SendAsync(request).DefaultTimeout();
                response.EnsureSuccessStatusCode();
            }
        }

        using var code = await http.GetAsync("/api/join/" + joinUrl.Split('/')[^1]).DefaultTimeout();
        code.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("/assets/[\\w.-]+")]
    private static partial Regex Asset();
}
