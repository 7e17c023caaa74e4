using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Access;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// The pages and what they need from the server besides the API: the home page (create a soirée), the phone
/// (/j/CODE), the board (/b/ID), the console (/a/ID, and /t/ID for a co-animator), the join QR code and the LAN
/// addresses for a laptop server.
/// </summary>
internal static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (IWebHostEnvironment env) => Page(env, "index.html")).AllowAnonymous();
        app.MapGet("/j/{code}", (IWebHostEnvironment env) => Page(env, "phone.html")).AllowAnonymous();
        app.MapGet("/b/{sessionId}", (IWebHostEnvironment env) => Page(env, "board.html")).AllowAnonymous();
        app.MapGet("/a/{sessionId}", (IWebHostEnvironment env) => Page(env, "console.html")).AllowAnonymous();
        app.MapGet("/t/{sessionId}", (IWebHostEnvironment env) => Page(env, "console.html")).AllowAnonymous();

        app.MapGet("/api/join/{code}/qr.svg", async (string code, JoinCodeResolver codes, PublicLinks links, HttpContext http) =>
        {
            var (_, canonical) = await codes.ResolveAsync(code, http);
            return Results.Text(JoinQrCode.Svg(links.Join(http.Request, canonical)), "image/svg+xml; charset=utf-8");
        }).AddEndpointFilter<ApiErrorFilter>().AllowAnonymous();
        app.MapGet("/api/server/addresses", (ServerAddresses addresses, PublicLinks links, HttpRequest request) =>
            TypedResults.Ok(new { current = links.Base(request), lan = addresses.LanBaseUrls() })).AllowAnonymous();
        return app;
    }

    private static IResult Page(IWebHostEnvironment env, string file)
    {
        var info = env.WebRootFileProvider.GetFileInfo(file);
        return info.Exists && info is { PhysicalPath: { } path }
            ? Results.File(path, "text/html; charset=utf-8")
            : Results.Problem("The web pages are not built: run 'npm ci && npm run build' in web/ (dotnet build does it when Node.js is installed).",
                statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Serves the built front-end; hashed bundles never change, pages always revalidate.</summary>
    public static IApplicationBuilder UseWebAssets(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
    });
}
