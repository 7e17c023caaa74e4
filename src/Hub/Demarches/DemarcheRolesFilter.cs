using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// The rule of every endpoint of a démarche: the token belongs to this démarche (not to another, not to a soirée,
/// a group or a consultation) and its role is among those the endpoint names with an <see cref="AllowAttribute"/>.
/// Then the démarche must still know the caller: its own coordinator, or an animator still named (an animator taken
/// off keeps a token that opens nothing, the portfolio and its exports included).
/// </summary>
internal sealed class DemarcheRolesFilter(DemarcheRegistry demarches) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        AllowedRolesFilter.RequireAllowedRole(http);

        var demarcheId = http.GetRouteValue("demarcheId") as string;
        if (!DemarcheIds.IsDemarche(demarcheId) || demarcheId != http.User.GetSessionId())
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This token belongs to another démarche.");
        }

        var actor = http.User.GetActor()!;
        if (!await demarches.ReadAsync(demarcheId!, d => d.IsCoordinator(actor) || d.IsNamedAnimator(actor), http.RequestAborted))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This link no longer opens the démarche.");
        }

        return await next(context);
    }
}
