using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// The default script of each format (round ids, names in French and English, default minutes), so the home page
/// shows and times the rounds from the engine's own data rather than a copy of it.
/// </summary>
internal static class FormatsApi
{
    public static IEndpointRouteBuilder MapFormats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/formats", () => TypedResults.Ok(Enum.GetValues<WorkshopFormat>().ToDictionary(
            f => f.ToString().ToLowerInvariant(),
            f => DefaultScripts.Templates(f).Select(r => new DefaultRound(r.Id, new RoundName(r.Name.Fr, r.Name.En), (int)r.Duration.TotalMinutes)).ToList()))).AllowAnonymous();
        return app;
    }
}
