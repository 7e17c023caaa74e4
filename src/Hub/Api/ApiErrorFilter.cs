using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Api;

/// <summary>Turns refusals into JSON errors with the same stable codes the hub uses, and a fitting status.</summary>
internal sealed class ApiErrorFilter : IEndpointFilter
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
                ErrorCodes.NotFound or SessionRegistry.SessionNotFound => StatusCodes.Status404NotFound,
                ErrorCodes.AlreadyExists or ErrorCodes.JoiningLocked or ErrorCodes.SessionState => StatusCodes.Status409Conflict,
                Exports.PdfFonts.Unavailable => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status400BadRequest,
            };
            return TypedResults.Json(new ApiError(ex.Code, ex.Message), statusCode: status);
        }
        catch (StoreUnavailableException)
        {
            return TypedResults.Json(new ApiError(StoreUnavailableException.Code, "Saving is paused; nothing was saved. Try again shortly."),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
