namespace StartupTerritoire.Server.Health;

/// <summary>/healthz: the process answers. /readyz: it can also store (and, on Redis, reach Redis).</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous();
        app.MapGet("/readyz", async (ReadinessCheck check, CancellationToken cancellationToken) =>
        {
            var (ready, checks) = await check.CheckAsync(cancellationToken);
            return TypedResults.Json(new { status = ready ? "ready" : "not ready", checks },
                statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return app;
    }
}
