using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for a collection of tests, driven by Playwright. Each test opens its own contexts (a fresh
/// profile each: storage, cookies, outbox) for the phones and screens it plays.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>How long any single Playwright action or navigation may take.</summary>
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(10);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture is not initialized.");

    public async Task InitializeAsync()
    {
        var executable = Chromium.Require();

        // Belt and braces: nothing in the driver may try to fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync().DefaultTimeout();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds,
        }).DefaultTimeout(TimeSpan.FromSeconds(40));
    }

    /// <summary>
    /// A phone: 390×844 CSS pixels (unless told otherwise) at 2×, touch, mobile viewport, French.
    /// <paramref name="bypassCsp"/> lets <see cref="Axe"/> inject its script; leave it off elsewhere so the pages run
    /// under their real policy.
    /// </summary>
    public Task<IBrowserContext> PhoneContextAsync(bool bypassCsp = false, int width = 390, int height = 844) => NewContextAsync(new()
    {
        ViewportSize = new() { Width = width, Height = height },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "fr-FR",
        BypassCSP = bypassCsp,
    });

    /// <summary>A laptop or a projected board, French.</summary>
    public Task<IBrowserContext> DesktopContextAsync(int width = 1280, int height = 800, bool bypassCsp = false) => NewContextAsync(new()
    {
        ViewportSize = new() { Width = width, Height = height },
        Locale = "fr-FR",
        BypassCSP = bypassCsp,
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync().DefaultTimeout();
        }

        _playwright?.Dispose();
    }

    private async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options).DefaultTimeout();
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)ActionTimeout.TotalMilliseconds);
        return context;
    }
}
