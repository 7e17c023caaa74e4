using Microsoft.AspNetCore.Http.Features;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// Whether a request asks to become a WebSocket. <c>HttpContext.WebSockets.IsWebSocketRequest</c> answers false
/// before the hub's endpoint, where ASP.NET Core adds WebSocket support, so middleware in front of it asks the server.
/// </summary>
internal static class SocketRequests
{
    public static bool IsUpgrade(HttpContext context) =>
        context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true }
        || context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true };
}
