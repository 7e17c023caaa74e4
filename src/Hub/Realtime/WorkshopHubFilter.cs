using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Telemetry;
using StartupTerritoire.Server.Web;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Checks every invocation against the caller's rate limits and the method's <see cref="AllowAttribute"/>, and turns
/// refusals into typed errors ("code: message") that keep the connection up. It also counts connections by role and
/// times every call, refused or not, for metrics and traces.
/// </summary>
internal sealed partial class WorkshopHubFilter(CallRateLimiter limiter, ProtocolStrikes strikes, WorkshopMetrics metrics, ILogger<WorkshopHubFilter> logger) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.GetHttpContext()?.Features.Get<LiveConnectionMark>() is { } mark)
        {
            mark.HubConnected = true;
        }

        await next(context);

        // Counted once connected: a connection whose OnConnectedAsync failed is never disconnected through the hub.
        if (context.Context.User.GetActor() is { } actor)
        {
            metrics.Connected(actor.Role);
        }
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.User.GetActor() is { } actor)
        {
            metrics.Disconnected(actor.Role);
        }

        // The hub protocol throws InvalidDataException for a malformed or oversized frame: the client's own doing.
        if (exception is InvalidDataException && context.Context.GetHttpContext() is { } http)
        {
            strikes.Record(ProtocolStrikeGate.CallerKey(http), ProtocolStrikes.AddressKey(http));
            metrics.ProtocolStrike("frame");
        }

        return next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var started = Stopwatch.GetTimestamp();
        var name = invocationContext.HubMethodName;
        var user = invocationContext.Context.User;
        var actor = user.GetActor();
        using var activity = WorkshopTracing.StartCommand(name, actor is null ? "none" : WorkshopMetrics.RoleTag(actor.Role));
        var outcome = CommandOutcome.Failed;
        try
        {
            var result = await InvokeCheckedAsync(invocationContext, actor, user.GetSessionId(), next);
            outcome = CommandOutcome.Ok;
            return result;
        }
        catch (HubException ex)
        {
            outcome = OutcomeOf(ex);
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = CommandOutcome.Cancelled;
            throw;
        }
        finally
        {
            metrics.CommandAnswered(name, outcome, Stopwatch.GetElapsedTime(started));
            activity?.SetTag("workshop.outcome", outcome);
        }
    }

    private async ValueTask<object?> InvokeCheckedAsync(
        HubInvocationContext invocationContext, Actor? actor, string? sessionId, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocationContext.HubMethod;
        if (actor is null || sessionId is null)
        {
            throw Error(ErrorCodes.Forbidden, "Your role may not do this.");
        }

        try
        {
            // Counted before the role check: a flood of refused calls is still a flood.
            limiter.Take(sessionId, actor.Id, method.IsDefined(typeof(WritesNoteAttribute), inherit: false));
        }
        catch (RateLimitedException ex)
        {
            LogRateLimited(logger, invocationContext.HubMethodName);
            metrics.RateLimited(ex.Kind);
            throw Error(RateLimitedException.Code, ex.Message);
        }

        var allow = method.GetCustomAttribute<AllowAttribute>();
        if (allow is null || !allow.Roles.Contains(actor.Role))
        {
            throw Error(ErrorCodes.Forbidden, "Your role may not do this.");
        }

        try
        {
            return await next(invocationContext);
        }
        catch (WorkshopException ex)
        {
            throw Error(ex.Code, ex.Message);
        }
        catch (StoreUnavailableException ex)
        {
            LogStoreUnavailable(logger, ex, invocationContext.HubMethodName);
            throw Error(StoreUnavailableException.Code, "Saving is paused; your action was not saved. Try again shortly.");
        }
        catch (Exception ex) when (ex is not HubException and not OperationCanceledException)
        {
            // Refusals are expected and not logged; only a fault is. The dispatcher's own error log is turned off in
            // appsettings.json because it would log every refused note.
            LogInvocationFailed(logger, ex, invocationContext.HubMethodName);
            throw Error(ServerError, "The server could not do this.");
        }
    }

    // Every refusal leaves here as "code: message"; the code says whose doing it was.
    private static string OutcomeOf(HubException refusal)
    {
        var message = refusal.Message;
        return message.StartsWith(ErrorCodes.Forbidden + ":", StringComparison.Ordinal) ? CommandOutcome.Forbidden
            : message.StartsWith(RateLimitedException.Code + ":", StringComparison.Ordinal) ? CommandOutcome.RateLimited
            : message.StartsWith(StoreUnavailableException.Code + ":", StringComparison.Ordinal) ? CommandOutcome.Unavailable
            : message.StartsWith(ServerError + ":", StringComparison.Ordinal) ? CommandOutcome.Failed
            : CommandOutcome.Refused;
    }

    public const string ServerError = "server.error";

    public static HubException Error(string code, string message) => new($"{code}: {message}");

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "A caller went over its rate limit calling {Method}.")]
    private static partial void LogRateLimited(ILogger logger, string method);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Hub method {Method} failed.")]
    private static partial void LogInvocationFailed(ILogger logger, Exception exception, string method);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "The store is unavailable during {Method}.")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, string method);
}
