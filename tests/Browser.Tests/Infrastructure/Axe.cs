using System.Text.Json;
using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// Runs axe-core (web/node_modules/axe-core, a devDependency of the front-end) in a page and reports what it finds.
/// The pages' CSP forbids inline script, so the page must come from a context made with bypassCsp: true.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(
        RepositoryPaths.ExistingFile("web", "node_modules", "axe-core", "axe.min.js")));

    private const string NotLoaded = "axe-core did not load: the page's CSP blocks inline script, open it in a context made with bypassCsp: true.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Only what blocks people: serious and critical. Moderate findings (a missing region, say) are not failures.
    private const string RunScript = """
        async () => {
          // Measured at rest: a fade under way (a scene coming in, a post-it popping up) lowers every contrast it covers.
          await Promise.all(document.getAnimations()
            .filter(a => a.playState === 'running' && a.effect && a.effect.getKeyframes().some(k => 'opacity' in k))
            .map(a => a.finished.catch(() => undefined)));
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => JSON.stringify(n.target)) }));
        }
        """;

    /// <summary>The serious and critical violations on the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'").DefaultTimeout())
        {
            try
            {
                await page.AddScriptTagAsync(new() { Content = Source.Value }).DefaultTimeout();
            }
            catch (PlaywrightException e)
            {
                throw new InvalidOperationException(NotLoaded, e);
            }

            if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'").DefaultTimeout())
            {
                throw new InvalidOperationException(NotLoaded);
            }
        }

        var result = await page.EvaluateAsync<JsonElement>(RunScript).DefaultTimeout(TimeSpan.FromSeconds(30));
        return result.Deserialize<AxeViolation[]>(Json) ?? [];
    }

    /// <summary>Fails listing every serious or critical violation, with the elements it concerns.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0,
            $"axe-core found {violations.Count} serious or critical violation(s) on {page.Url}:{Environment.NewLine}" +
            string.Join(Environment.NewLine, violations));
    }
}
