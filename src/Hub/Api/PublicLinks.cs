using System.Net;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Web;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// Builds the links people open: the configured public base URL; otherwise the address the request came in on,
/// except that a laptop opened as "localhost" while listening on all interfaces hands out its LAN address, which is
/// what phones in the hall can reach. Secret tokens go after '#', which browsers never send to a server, so they
/// stay out of access logs.
/// </summary>
internal sealed class PublicLinks(IOptions<WorkshopOptions> options, ServerAddresses addresses)
{
    public string Base(HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }

        var own = $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        return IsLoopback(request.Host.Host) && addresses.LanBaseUrls() is [var lan, ..]
            ? $"{lan}{request.PathBase}".TrimEnd('/')
            : own;
    }

    public string Join(HttpRequest request, string joinCode) => $"{Base(request)}/j/{joinCode}";

    public string Animator(HttpRequest request, string sessionId, string token) => $"{Base(request)}/a/{sessionId}#{token}";

    public string Board(HttpRequest request, string sessionId, string token) => $"{Base(request)}/b/{sessionId}#{token}";

    public string CoAnimator(HttpRequest request, string sessionId, string token) => $"{Base(request)}/t/{sessionId}#{token}";

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
