using System.Globalization;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Telemetry;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// Turns refusals into JSON errors with the same stable codes the hub uses, and a fitting status: 429 with Retry-After
/// over a limit, 503 when the store is away.
/// </summary>
internal sealed class ApiErrorFilter(WorkshopMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (WorkshopException ex)
        {
            var status = ex.Code switch
            {
                ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
                ErrorCodes.NotFound or SessionRegistry.SessionNotFound or Groups.GroupRegistry.GroupNotFound
                    or Demarches.DemarcheRegistry.DemarcheNotFound or Consultations.ConsultationRegistry.ConsultationNotFound => StatusCodes.Status404NotFound,
                ErrorCodes.AlreadyExists or ErrorCodes.JoiningLocked or ErrorCodes.SessionState => StatusCodes.Status409Conflict,
                Exports.PdfFonts.Unavailable => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status400BadRequest,
            };
            return TypedResults.Json(new ApiError(ex.Code, ex.Message), statusCode: status);
        }
        catch (RateLimitedException ex)
        {
            metrics.RateLimited(ex.Kind);
            context.HttpContext.Response.Headers.RetryAfter = ex.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Json(new ApiError(RateLimitedException.Code, ex.Message), statusCode: StatusCodes.Status429TooManyRequests);
        }
        catch (Exception ex) when (ex is StoreUnavailableException || StoreFaults.IsStoreFault(ex))
        {
            context.HttpContext.Response.Headers.RetryAfter = "2";
            return TypedResults.Json(new ApiError(StoreUnavailableException.Code, "Saving is paused; nothing was saved. Try again shortly."),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
