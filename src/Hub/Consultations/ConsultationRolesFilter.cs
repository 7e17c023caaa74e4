using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Consultations;

/// <summary>
/// The rule of a visitor's endpoints: the code leads to a consultation (under the join-code guessing limits), the
/// token was issued for that consultation, and its role is among those the endpoint names. The consultation id
/// found is left in <see cref="HttpContext.Items"/> for the endpoint.
/// </summary>
internal sealed class ConsultationRolesFilter(JoinCodeResolver codes) : IEndpointFilter
{
    public const string ItemKey = "consultationId";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        AllowedRolesFilter.RequireAllowedRole(http);
        var consultationId = await ResolveAsync(codes, http.GetRouteValue("code") as string, http);
        if (consultationId != http.User.GetSessionId())
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This token belongs to another consultation.");
        }

        http.Items[ItemKey] = consultationId;
        return await next(context);
    }

    /// <summary>The consultation a typed code leads to.</summary>
    public static async Task<string> ResolveAsync(JoinCodeResolver codes, string? code, HttpContext http)
    {
        var (id, _) = await codes.ResolveAsync(code, http);
        return DemarcheIds.IsConsultation(id) ? id : throw new WorkshopException(ErrorCodes.NotFound, "No consultation has this code.");
    }
}
