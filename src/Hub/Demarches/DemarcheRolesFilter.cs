using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// The rule of every endpoint of a démarche: the token belongs to this démarche (not to another, not to a soirée,
/// a group or a consultation) and its role is among those the endpoint names with an <see cref="AllowAttribute"/>.
/// The démarche itself then checks that the coordinator is its own and a named animator is still named.
/// </summary>
internal sealed class DemarcheRolesFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        AllowedRolesFilter.RequireAllowedRole(http);

        var demarcheId = http.GetRouteValue("demarcheId") as string;
        if (!DemarcheIds.IsDemarche(demarcheId) || demarcheId != http.User.GetSessionId())
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This token belongs to another démarche.");
        }

        return next(context);
    }
}
