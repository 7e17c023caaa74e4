using System.Globalization;
using Microsoft.Playwright;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// A board on the projector, checked as someone at the back of the hall sees it, at the two sizes halls have
/// (1920×1080 and 1280×720): one viewport and nothing scrolling, every title and count inside the picture and not
/// cut off by its card, no text under the legibility floor (web/src/pages/board/legibility.ts), and a screenshot.
/// </summary>
internal sealed class BoardScreen : IAsyncDisposable
{
    /// <summary>The smallest text, and the smallest card title, in % of the viewport height.</summary>
    public const double MinTextVh = 2.4;
    public const double MinTitleVh = 3.0;

    public static readonly (int Width, int Height)[] Projectors = [(1920, 1080), (1280, 720)];

    private readonly IBrowserContext _context;
    private readonly PageErrors _errors;

    private BoardScreen(IBrowserContext context, IPage page, PageErrors errors)
    {
        _context = context;
        Page = page;
        _errors = errors;
    }

    public IPage Page { get; }

    public ILocator Main => Page.Locator(TestId("board-main"));

    /// <summary>Opens a board link at 1920×1080; <paramref name="bypassCsp"/> only where axe-core must be injected.</summary>
    public static async Task<BoardScreen> OpenAsync(BrowserFixture browser, string url, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.DesktopContextAsync(1920, 1080, bypassCsp);
        var (page, errors) = await NewWatchedPageAsync(context);
        await page.GotoAsync(url).DefaultTimeout();
        await Assertions.Expect(page.Locator(".connection[data-state='online']")).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        return new BoardScreen(context, page, errors);
    }

    /// <summary>Waits until the main area shows this scene, with this many items when given.</summary>
    public async Task WaitForSceneAsync(string scene, int? items = null)
    {
        await Assertions.Expect(Main).ToHaveAttributeAsync("data-scene", scene, AttributeOptions).DefaultTimeout();
        if (items is { } count)
        {
            await Assertions.Expect(Main).ToHaveAttributeAsync("data-items", count.ToString(CultureInfo.InvariantCulture), AttributeOptions).DefaultTimeout();
        }
    }

    /// <summary>
    /// At each projector size: waits for the layout of that size, checks the picture (see the class) with every
    /// element of the given test ids inside it, runs <paramref name="more"/>; saves board-{name}-{w}x{h}.png first.
    /// Ends at 1920×1080.
    /// </summary>
    public async Task CheckAtEverySizeAsync(string name, string[] inside, Func<(int Width, int Height), Task>? more = null)
    {
        foreach (var size in Projectors)
        {
            await ResizeAsync(size.Width, size.Height);
            // First the picture, so that a failure below has one to look at.
            await Screenshots.SaveAsync(Page, string.Create(CultureInfo.InvariantCulture, $"board-{name}-{size.Width}x{size.Height}"));
            await AssertOneViewportAsync();
            await AssertInsideAsync(inside);
            await AssertLegibleAsync();
            if (more is not null)
            {
                await more(size);
            }
        }

        await ResizeAsync(1920, 1080);
    }

    public async Task ResizeAsync(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height).DefaultTimeout();
        await WaitForLayoutAsync();
    }

    /// <summary>Waits until the main area is laid out for its present size, and the page's fade-in is over.</summary>
    public async Task WaitForLayoutAsync()
    {
        await Page.WaitForFunctionAsync(
            "() => { const m = document.querySelector(\"[data-testid='board-main']\"); return m && m.dataset.laidOut === `${m.clientWidth}x${m.clientHeight}`; }",
            null,
            new() { Timeout = (float)Patience.TotalMilliseconds }).DefaultTimeout();
        await Task.Delay(700).DefaultTimeout();
    }

    /// <summary>The main area holds what it shows without scrolling, and is still at its top three seconds later.</summary>
    public async Task AssertOneViewportAsync()
    {
        const string Read = """
            () => {
              const m = document.querySelector("[data-testid='board-main']");
              const b = m.querySelector('.scene-body');
              return [m.scrollHeight, m.clientHeight, m.scrollTop, b.scrollHeight, b.clientHeight, b.scrollTop,
                      document.documentElement.scrollHeight, innerHeight, scrollY];
            }
            """;
        var before = await Page.EvaluateAsync<double[]>(Read).DefaultTimeout();
        Assert.True(before[0] <= before[1], $"The main area scrolls: scrollHeight {before[0]} > clientHeight {before[1]}.");
        Assert.True(before[3] <= before[4] + 1, $"The scene overflows: scrollHeight {before[3]} > clientHeight {before[4]}.");
        Assert.True(before[6] <= before[7], $"The page scrolls: {before[6]} > {before[7]}.");
        await Task.Delay(TimeSpan.FromSeconds(3)).DefaultTimeout();
        var after = await Page.EvaluateAsync<double[]>(Read).DefaultTimeout();
        Assert.Equal(0, after[2]);
        Assert.Equal(0, after[5]);
        Assert.Equal(0, after[8]);
    }

    /// <summary>Every element with these test ids is inside the viewport and not cut off by an ancestor that clips.</summary>
    public async Task AssertInsideAsync(params string[] testIds)
    {
        var offenders = await Page.EvaluateAsync<string[]>(
            """
            ids => {
              const out = [];
              const inside = (r, box) => r.left >= box.left - 1 && r.top >= box.top - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
              for (const id of ids) {
                for (const el of document.querySelectorAll(`[data-testid='${id}']`)) {
                  const r = el.getBoundingClientRect();
                  const name = `${id} "${el.textContent.trim().slice(0, 40)}"`;
                  if (r.width === 0 || r.height === 0) { out.push(`${name} is not shown`); continue; }
                  if (!inside(r, { left: 0, top: 0, right: innerWidth, bottom: innerHeight })) { out.push(`${name} at ${r.left},${r.top}-${r.right},${r.bottom} is outside the viewport`); continue; }
                  for (let a = el.parentElement; a; a = a.parentElement) {
                    if (getComputedStyle(a).overflow !== 'visible' && !inside(r, a.getBoundingClientRect())) { const box = a.getBoundingClientRect(); out.push(`${name} at ${r.left},${r.top}-${r.right},${r.bottom} is cut off by .${a.className} at ${box.left},${box.top}-${box.right},${box.bottom}`); break; }
                  }
                }
              }
              return out;
            }
            """,
            testIds).DefaultTimeout();
        Assert.True(offenders.Length == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>No text on the board under the floor, no card title under the title floor (in % of the viewport height).</summary>
    public async Task AssertLegibleAsync()
    {
        var offenders = await Page.EvaluateAsync<string[]>(
            """
            ([text, title]) => {
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!n.textContent.trim() || !el || el.closest('.visually-hidden')) continue;
                const r = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
                const floor = (el.closest('.card-title') ? title : text) * innerHeight / 100 - 0.5;
                const px = parseFloat(style.fontSize);
                if (px < floor) out.push(`${px}px < ${floor.toFixed(1)}px: "${n.textContent.trim().slice(0, 40)}"`);
              }
              return out;
            }
            """,
            new[] { MinTextVh, MinTitleVh }).DefaultTimeout();
        Assert.True(offenders.Length == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>The font size of the first element matching a selector, in % of the viewport height.</summary>
    public async Task<double> FontVhAsync(string selector)
    {
        var vh = await Page.EvaluateAsync<double>(
            "s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize) * 100 / innerHeight", selector).DefaultTimeout();
        return Math.Round(vh, 2);
    }

    /// <summary>The page indicator's (page, pages), or null when it is not shown.</summary>
    public async Task<(int Page, int Pages)?> PagesAsync()
    {
        var indicator = Page.Locator(TestId("page-indicator"));
        if (await indicator.CountAsync().DefaultTimeout() == 0)
        {
            return null;
        }

        var page = int.Parse(await indicator.GetAttributeAsync("data-page").DefaultTimeout() ?? "0", CultureInfo.InvariantCulture);
        var pages = int.Parse(await indicator.GetAttributeAsync("data-pages").DefaultTimeout() ?? "0", CultureInfo.InvariantCulture);
        return (page, pages);
    }

    /// <summary>The visible text of the whole board.</summary>
    public Task<string> TextAsync() => Page.Locator("body").InnerTextAsync().DefaultTimeout();

    /// <summary>The values of an attribute over every element with a test id, in document order.</summary>
    public async Task<string[]> AttributesAsync(string testId, string attribute) =>
        await Page.EvaluateAsync<string[]>(
            "([id, name]) => [...document.querySelectorAll(`[data-testid='${id}']`)].map(e => e.getAttribute(name) ?? '')",
            new[] { testId, attribute }).DefaultTimeout();

    /// <summary>The text of every element with a test id, in document order.</summary>
    public async Task<string[]> TextsAsync(string testId) =>
        await Page.EvaluateAsync<string[]>(
            "id => [...document.querySelectorAll(`[data-testid='${id}']`)].map(e => e.textContent.trim())", testId).DefaultTimeout();

    /// <summary>The board page logged no error and no failed request.</summary>
    public void AssertNoPageErrors() => _errors.AssertNone();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
