using StartupTerritoire.Server.Sessions;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// A store failure outside the endpoints' own error handling (looking up a token while Redis is away) answers 503
/// with the typed error, never a bare 500: clients then wait and retry instead of giving up on their link.
/// </summary>
internal static class StoreFaultResponses
{
    // A WebSocket request is handed on untouched: a page never sees the status of a refused upgrade (the browser's
    // WebSocket API does not expose it), and wrapping the request would keep this frame in memory for as long as the
    // connection lasts, for every phone of the hall.
    public static IApplicationBuilder UseStoreFaultResponses(this IApplicationBuilder app) =>
        app.Use((context, next) => Web.SocketRequests.IsUpgrade(context) ? next(context) : GuardAsync(context, next));

    private static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when ((ex is StoreUnavailableException || StoreFaults.IsStoreFault(ex)) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "2";
            await context.Response.WriteAsJsonAsync(
                new ApiError(StoreUnavailableException.Code, "Saving is paused; nothing was saved. Try again shortly."), context.RequestAborted);
        }
    }
}
