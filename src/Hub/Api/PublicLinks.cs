using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// Builds the links people open: the configured public base URL, or the address the request came in on. Secret
/// tokens go after '#', which browsers never send to a server, so they stay out of access logs.
/// </summary>
internal sealed class PublicLinks(IOptions<WorkshopOptions> options)
{
    public string Base(HttpRequest request) =>
        (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl).TrimEnd('/');

    public string Join(HttpRequest request, string joinCode) => $"{Base(request)}/j/{joinCode}";

    public string Animator(HttpRequest request, string sessionId, string token) => $"{Base(request)}/a/{sessionId}#{token}";

    public string Board(HttpRequest request, string sessionId, string token) => $"{Base(request)}/b/{sessionId}#{token}";

    public string CoAnimator(HttpRequest request, string sessionId, string token) => $"{Base(request)}/t/{sessionId}#{token}";
}
