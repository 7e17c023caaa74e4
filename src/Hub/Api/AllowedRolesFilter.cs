using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// The HTTP twin of the hub's rule: an endpoint of a soirée names the roles that may call it with an
/// <see cref="AllowAttribute"/> in its metadata (none: nobody), and the token must belong to the soirée in the path.
/// </summary>
internal sealed class AllowedRolesFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        RequireAllowedRole(http);
        if (http.GetRouteValue("sessionId") is string sessionId && sessionId != http.User.GetSessionId())
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This token belongs to another soirée.");
        }

        return next(context);
    }

    /// <summary>Refuses a caller whose role the endpoint's <see cref="AllowAttribute"/> does not name (none: nobody).</summary>
    public static void RequireAllowedRole(HttpContext http)
    {
        var allow = http.GetEndpoint()?.Metadata.GetMetadata<AllowAttribute>();
        var actor = http.User.GetActor();
        if (allow is null || actor is null || !allow.Roles.Contains(actor.Role))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Your role may not do this.");
        }
    }
}
