using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// Cuts and restores one phone's network: HTTP through offline mode, its WebSocket through a route the test can
/// close, since browsers' offline mode leaves open WebSockets alone. Attach it before the phone opens its page.
/// </summary>
public sealed partial class UnreliableNetwork
{
    private readonly List<IWebSocketRoute> _open = [];
    private bool _cut;

    public Task AttachAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RouteWebSocketAsync(HubPath(), async route =>
        {
            if (_cut)
            {
                await route.CloseAsync();
                return;
            }

            lock (_open)
            {
                _open.Add(route);
            }

            route.ConnectToServer();
        });
    }

    public async Task CutAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _cut = true;
        await context.SetOfflineAsync(true).DefaultTimeout();
        List<IWebSocketRoute> open;
        lock (_open)
        {
            open = [.. _open];
            _open.Clear();
        }

        foreach (var route in open)
        {
            await route.CloseAsync().DefaultTimeout();
        }
    }

    public async Task RestoreAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _cut = false;
        await context.SetOfflineAsync(false).DefaultTimeout();
    }

    [GeneratedRegex("/hubs/workshop")]
    private static partial Regex HubPath();
}
