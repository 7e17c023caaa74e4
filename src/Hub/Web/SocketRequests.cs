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

    /// <summary>
    /// Adds a middleware that wraps every request but WebSockets, which are handed on untouched: a WebSocket request
    /// lasts as long as its connection, and whatever awaits around it stays in memory that long, for every phone of
    /// the hall. The wrapper's answers could not reach a page anyway (the browser's WebSocket API shows no status).
    /// </summary>
    public static IApplicationBuilder UseAroundRequestsOnly(this IApplicationBuilder app, Func<HttpContext, RequestDelegate, Task> middleware) =>
        app.Use((context, next) => IsUpgrade(context) ? next(context) : middleware(context, next));
}
