using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>Full-page PNGs in &lt;repo&gt;/TestResults/screenshots, for a person to look at after a run.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    /// <summary>
    /// Saves the page as &lt;name&gt;.png (overwriting an older one) and returns the file's path: the whole page, or
    /// only what the screen shows (a phone's long page, seen as its owner sees it).
    /// </summary>
    public static async Task<string> SaveAsync(IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny([.. Path.GetInvalidFileNameChars(), ' ']) >= 0)
        {
            throw new ArgumentException($"\"{name}\" is not a plain file name.", nameof(name));
        }

        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage }).DefaultTimeout();
        return path;
    }
}
