using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// Collects what a page reports as broken: console errors (a CSP refusal shows up there), uncaught exceptions and
/// failed requests. Start watching before navigating.
/// </summary>
public sealed class PageErrors
{
    private readonly ConcurrentQueue<string> _errors = new();

    private PageErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _errors.Enqueue($"uncaught: {error}");
        page.RequestFailed += (_, request) => _errors.Enqueue($"request failed: {request.Method} {request.Url} {request.Failure}");
    }

    public IReadOnlyCollection<string> Errors => _errors;

    public static PageErrors Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageErrors(page);
    }

    public void AssertNone() =>
        Assert.True(_errors.IsEmpty, $"The page reported errors:{Environment.NewLine}{string.Join(Environment.NewLine, _errors)}");
}
