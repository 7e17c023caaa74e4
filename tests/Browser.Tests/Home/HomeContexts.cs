using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Home;

/// <summary>The two screens the home page is measured on: a 1366×768 laptop and a small 360×640 phone, in French.</summary>
internal static class HomeContexts
{
    public const int LaptopWidth = 1366;
    public const int LaptopHeight = 768;
    public const int PhoneWidth = 360;
    public const int PhoneHeight = 640;

    public static Task<IBrowserContext> LaptopAsync(BrowserFixture browser, bool bypassCsp = false) =>
        browser.DesktopContextAsync(LaptopWidth, LaptopHeight, bypassCsp);

    public static async Task<IBrowserContext> SmallPhoneAsync(BrowserFixture browser)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "fr-FR",
        }).DefaultTimeout();
        context.SetDefaultTimeout((float)BrowserFixture.ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)BrowserFixture.ActionTimeout.TotalMilliseconds);
        return context;
    }
}
