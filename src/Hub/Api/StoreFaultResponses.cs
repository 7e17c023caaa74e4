using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Web;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// A store failure outside the endpoints' own error handling (looking up a token while Redis is away) answers 503
/// with the typed error, never a bare 500: clients then wait and retry instead of giving up on their link.
/// </summary>
internal static class StoreFaultResponses
{
    public static IApplicationBuilder UseStoreFaultResponses(this IApplicationBuilder app) => app.UseAroundRequestsOnly(GuardAsync);

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
