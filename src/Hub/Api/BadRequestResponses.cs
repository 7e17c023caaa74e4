using StartupTerritoire.Server.Web;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// A body the endpoint cannot read (not JSON, a field of the wrong type, too large) answers with the same typed error
/// as any refused input, instead of an empty 400 that a page can only call "refused" without saying why.
/// </summary>
internal static class BadRequestResponses
{
    /// <summary>Makes endpoints throw on an unreadable request, so that the middleware below can say what was wrong.</summary>
    public static IServiceCollection AddBadRequestResponses(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

    public static IApplicationBuilder UseBadRequestResponses(this IApplicationBuilder app) => app.UseAroundRequestsOnly(GuardAsync);

    private static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = ex.StatusCode;
            var message = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request's body is too large."
                : "The request's body is not what this call takes: " + ex.Message;
            await context.Response.WriteAsJsonAsync(new ApiError(ErrorCodes.InvalidArgument, message), context.RequestAborted);
        }
    }
}
