using System.Diagnostics;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>
/// The product's spans: one per hub call, and under it one per store append. Starting one costs a check of a flag
/// while nobody listens (no OTLP endpoint set): the span's name is made only when it is recorded.
/// </summary>
internal static class WorkshopTracing
{
    public const string SourceName = "StartupTerritoire.Live";
    public const string AppendSpan = "store append";

    // ASP.NET Core's span of the connection's HTTP request, which lasts as long as the connection.
    private const string HttpRequestSpan = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    private static readonly ActivitySource s_source = new(SourceName);

    /// <summary>A hub call's span, "WorkshopHub/{method}", or null when nobody listens.</summary>
    public static Activity? StartCommand(string method, string role)
    {
        if (!s_source.HasListeners())
        {
            return null;
        }

        // A call is its own trace, not a child of the WebSocket request that may stay open all evening.
        if (Activity.Current is { OperationName: HttpRequestSpan })
        {
            Activity.Current = null;
        }

        var activity = s_source.StartActivity("WorkshopHub/" + method, ActivityKind.Server);
        activity?.SetTag("rpc.system", "signalr");
        activity?.SetTag("rpc.service", "WorkshopHub");
        activity?.SetTag("rpc.method", method);
        activity?.SetTag("workshop.role", role);
        return activity;
    }

    /// <summary>A store append's span, under whatever span is current (the hub call's), or null when nobody listens.</summary>
    public static Activity? StartAppend(string store, int events)
    {
        if (!s_source.HasListeners())
        {
            return null;
        }

        var activity = s_source.StartActivity(AppendSpan, ActivityKind.Client);
        activity?.SetTag("db.system.name", store);
        activity?.SetTag("workshop.events", events);
        return activity;
    }
}
