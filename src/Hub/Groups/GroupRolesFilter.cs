using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// The rule of every endpoint of a group's space: the token belongs to this group (not to another group, not to a
/// soirée) and its role is among those the endpoint names with an <see cref="AllowAttribute"/> (none: nobody).
/// The group itself then checks that a co-animator still holds a seat and a member is still in.
/// </summary>
internal sealed class GroupRolesFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        AllowedRolesFilter.RequireAllowedRole(http);

        var groupId = http.GetRouteValue("groupId") as string;
        if (!GroupIds.IsGroup(groupId) || groupId != http.User.GetSessionId())
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This token belongs to another group.");
        }

        return next(context);
    }
}
