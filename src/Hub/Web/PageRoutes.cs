using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Access;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// The pages and what they need from the server besides the API: the home page (create a soirée), the phone
/// (/j/CODE), the board (/b/ID), the console (/a/ID, and /t/ID for a co-animator), a working group's space (/gr/ID,
/// and /g/CODE to join it), a démarche's page (/d/ID for its coordinator and named animators), its consultation
/// (/c/CODE) and its public page of projects (/p/ID), the join QR code and the LAN addresses for a laptop server.
/// </summary>
internal static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (WebFiles files, HttpContext context) => files.Page(context, "index.html")).AllowAnonymous();
        app.MapGet("/j/{code}", (string code, WebFiles files, HttpContext context) =>
        {
            if (JoinCode.Normalize(code) is { } canonical)
            {
                context.Response.Headers.Link = $"</api/join/{canonical}>; rel=preload; as=fetch; crossorigin";
            }

            return files.Page(context, "phone.html");
        }).AllowAnonymous();
        app.MapGet("/b/{sessionId}", (WebFiles files, HttpContext context) => files.Page(context, "board.html")).AllowAnonymous();
        app.MapGet("/a/{sessionId}", (WebFiles files, HttpContext context) => files.Page(context, "console.html")).AllowAnonymous();
        app.MapGet("/t/{sessionId}", (WebFiles files, HttpContext context) => files.Page(context, "console.html")).AllowAnonymous();
        app.MapGet("/gr/{groupId}", (WebFiles files, HttpContext context) => files.Page(context, "group.html")).AllowAnonymous();
        app.MapGet("/g/{code}", (WebFiles files, HttpContext context) => files.Page(context, "group.html")).AllowAnonymous();
        app.MapGet("/d/{demarcheId}", (WebFiles files, HttpContext context) => files.Page(context, "demarche.html")).AllowAnonymous();
        app.MapGet("/c/{code}", (WebFiles files, HttpContext context) => files.Page(context, "consultation.html")).AllowAnonymous();
        app.MapGet("/p/{demarcheId}", (WebFiles files, HttpContext context) => files.Page(context, "public.html")).AllowAnonymous();

        app.MapGet("/api/join/{code}/qr.svg", async (string code, JoinCodeResolver codes, PublicLinks links, HttpContext http) =>
        {
            var (_, canonical) = await codes.ResolveAsync(code, http);
            return Results.Text(JoinQrCode.Svg(links.Join(http.Request, canonical)), "image/svg+xml; charset=utf-8");
        }).AddEndpointFilter<ApiErrorFilter>().AllowAnonymous();
        app.MapGet("/api/server/addresses", (ServerAddresses addresses, PublicLinks links, HttpRequest request) =>
            TypedResults.Ok(new { current = links.Base(request), lan = addresses.LanBaseUrls() })).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Serves the bundles under /assets before anything else runs for the request: they are public, and a phone
    /// fetches several at once.
    /// </summary>
    public static IApplicationBuilder UseWebAssets(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<WebFiles>();
        return app.Use((context, next) =>
            context.Request.Path.StartsWithSegments(WebFiles.AssetsPath, out var rest)
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                ? files.Asset(context, rest).ExecuteAsync(context)
                : next(context));
    }
}
