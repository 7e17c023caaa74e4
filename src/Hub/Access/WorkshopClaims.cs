using System.Security.Claims;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Access;

/// <summary>The claims a session token turns into, and back into an <see cref="Actor"/>.</summary>
internal static class WorkshopClaims
{
    public const string SessionId = "st:sid";
    public const string Role = "st:role";
    public const string PrincipalId = "st:pid";
    public const string TableId = "st:table";

    public static ClaimsPrincipal ToPrincipal(Credential credential, string scheme)
    {
        var claims = new List<Claim>
        {
            new(SessionId, credential.SessionId),
            new(Role, credential.Role.ToString()),
            new(PrincipalId, credential.PrincipalId),
            new(ClaimTypes.NameIdentifier, credential.PrincipalId),
        };
        if (credential.TableId is not null)
        {
            claims.Add(new Claim(TableId, credential.TableId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string? GetSessionId(this ClaimsPrincipal? user) => user?.FindFirst(SessionId)?.Value;

    public static Actor? GetActor(this ClaimsPrincipal? user)
    {
        var role = user?.FindFirst(Role)?.Value;
        var id = user?.FindFirst(PrincipalId)?.Value;
        return role is not null && id is not null && Enum.TryParse<Role>(role, out var r)
            ? new Actor(r, id, user!.FindFirst(TableId)?.Value)
            : null;
    }
}
