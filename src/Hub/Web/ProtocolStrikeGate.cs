using Microsoft.Net.Http.Headers;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Telemetry;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// Admits live connections (negotiate and WebSocket) through <see cref="ProtocolStrikes"/>: a caller or address that
/// keeps breaking its connections waits its turn, and a WebSocket whose hub handshake never completed is a strike.
/// Runs after authentication, so a penalty follows the caller's token rather than the connection.
/// </summary>
internal sealed class ProtocolStrikeGate(ProtocolStrikes strikes, WorkshopMetrics metrics) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments(OriginPolicy.HubPath))
        {
            await next(context);
            return;
        }

        var caller = CallerKey(context);
        var address = ProtocolStrikes.AddressKey(context);
        try
        {
            await strikes.AdmitAsync(caller, address, context.RequestAborted);
        }
        catch (RateLimitedException ex)
        {
            metrics.RateLimited(ex.Kind);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers[HeaderNames.RetryAfter] = ex.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            await context.Response.WriteAsJsonAsync(new ApiError(RateLimitedException.Code, ex.Message), context.RequestAborted);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up while it waited: nothing was started for it.
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        var mark = new LiveConnectionMark();
        context.Features.Set(mark);
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status101SwitchingProtocols && !mark.HubConnected)
        {
            // Upgraded, yet the hub never saw a handshake it could accept.
            strikes.Record(caller, address);
            metrics.ProtocolStrike("handshake");
        }
    }

    public static string? CallerKey(HttpContext context) =>
        context.User.GetSessionId() is { } session && context.User.GetActor() is { } actor ? ProtocolStrikes.CallerKey(session, actor.Id) : null;
}
