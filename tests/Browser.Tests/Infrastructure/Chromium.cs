namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// The system Chromium the tests drive. Playwright never downloads a browser here: the tests run offline, on the
/// Chromium the distribution packages.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>
    /// The switches of every run, one per element: there is no shell, so the host-resolver rule needs no quotes. It
    /// sends every name but 127.0.0.1 nowhere, so a page that reaches for a CDN or a font service fails loudly.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    /// <summary>Returns <paramref name="path"/> when it is there, or fails saying how to install it.</summary>
    public static string Require(string path = DefaultPath) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"Chromium not found at {path}: apt-get install chromium");
}
