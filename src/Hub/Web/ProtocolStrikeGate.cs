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
/// <remarks>
/// A WebSocket request lasts as long as the connection, hours for a board. Whatever a middleware awaits around
/// <c>next</c> stays in memory all that time, for every phone of the hall; so an admitted request is handed on
/// without being awaited, and the strike for a handshake that never completed is counted when the request ends.
/// </remarks>
internal sealed class ProtocolStrikeGate(RequestDelegate next, ProtocolStrikes strikes, WorkshopMetrics metrics)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(OriginPolicy.HubPath))
        {
            return next(context);
        }

        var caller = CallerKey(context);
        var address = ProtocolStrikes.AddressKey(context);
        var admission = strikes.AdmitAsync(caller, address, context.RequestAborted);
        return admission.IsCompletedSuccessfully ? Admitted(context, caller, address) : WaitTurnAsync(context, admission, caller, address);
    }

    public static string? CallerKey(HttpContext context) =>
        context.User.GetSessionId() is { } session && context.User.GetActor() is { } actor ? ProtocolStrikes.CallerKey(session, actor.Id) : null;

    // Only callers that broke connections lately wait here: they alone keep this method's state for their connection.
    private async Task WaitTurnAsync(HttpContext context, ValueTask admission, string? caller, string address)
    {
        try
        {
            await admission;
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

        await Admitted(context, caller, address);
    }

    private Task Admitted(HttpContext context, string? caller, string address)
    {
        if (SocketRequests.IsUpgrade(context))
        {
            var mark = new LiveConnectionMark();
            context.Features.Set(mark);
            context.Response.OnCompleted(static state =>
            {
                var (gate, context, mark, caller, address) = ((ProtocolStrikeGate, HttpContext, LiveConnectionMark, string?, string))state;
                if (context.Response.StatusCode == StatusCodes.Status101SwitchingProtocols && !mark.HubConnected)
                {
                    // Upgraded, yet the hub never saw a handshake it could accept.
                    gate.HandshakeBroken(caller, address);
                }

                return Task.CompletedTask;
            }, (this, context, mark, caller, address));
        }

        return next(context);
    }

    private void HandshakeBroken(string? caller, string address)
    {
        strikes.Record(caller, address);
        metrics.ProtocolStrike("handshake");
    }
}
