using System.Security.Cryptography;
using System.Text;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// The entity tag of a page its client polls: who asks and the version of every log the page shows, hashed into a
/// short tag. Asked again with the tag in <c>If-None-Match</c> while nothing changed, the page answers <c>304</c> with
/// no body and is not built.
/// </summary>
internal static class PageTag
{
    /// <summary>The tag of these parts: the caller first, then each version the page shows.</summary>
    public static string Of(IEnumerable<string> parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>
    /// The page, or <c>304</c> when the client holds it already. Private to the caller (<c>Vary: Authorization</c>)
    /// and asked again every time: the tag says whether anything changed.
    /// </summary>
    public static IResult Answer<T>(HttpContext http, string tag, Func<T> page)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(page);
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers.Vary = "Authorization";
        return Held(http.Request, tag) ? Results.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(page());
    }

    private static bool Held(HttpRequest request, string tag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(t => t.Trim() is var held && (held == tag || held == $"W/{tag}")));
}
