using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// Refuses the live connection (negotiate and WebSocket) to pages of other sites. A browser sends the page's
/// origin and, unlike for fetch, does not apply CORS to a WebSocket: without this check any site a participant
/// visits could open the hub with a token it got hold of. Clients that are not browsers send no Origin and pass.
/// Allowed: the address the request came in on, the public base URL, the LAN addresses and the configured origins.
/// </summary>
/// <remarks>An allowed request is handed on without being awaited: see <see cref="ProtocolStrikeGate"/>.</remarks>
internal sealed partial class OriginPolicy(RequestDelegate next, IOptions<WorkshopOptions> options, ServerAddresses addresses, ILogger<OriginPolicy> logger)
{
    public const string HubPath = "/hubs";

    /// <summary>Whether a configured value is an origin: http(s)://host[:port], nothing after.</summary>
    public static bool IsOrigin(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.PathAndQuery == "/" && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);

    public bool IsAllowed(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? origin = request.Headers.Origin;
        if (origin is null)
        {
            return true;
        }

        if (!IsOrigin(origin))
        {
            // Includes "null", what sandboxed frames and file:// pages send.
            return false;
        }

        var uri = new Uri(origin);
        return string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || Trusted().Contains(Normalize(uri));
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(HubPath) && !IsAllowed(context.Request))
        {
            LogRefused(logger, context.Request.Headers.Origin.ToString());
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            return context.Response.WriteAsJsonAsync(new ApiError(ErrorCodes.Forbidden, "Pages of another site may not connect."), context.RequestAborted);
        }

        return next(context);
    }

    private HashSet<string> Trusted()
    {
        var trusted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var configured = options.Value.AllowedOrigins.Append(options.Value.PublicBaseUrl).Concat(addresses.LanBaseUrls());
        foreach (var value in configured)
        {
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                trusted.Add(Normalize(uri));
            }
        }

        return trusted;
    }

    private static string Normalize(Uri uri) => $"{uri.Scheme}://{uri.Authority}";

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Refused a live connection from a page of another origin ({Origin}).")]
    private static partial void LogRefused(ILogger logger, string origin);
}
