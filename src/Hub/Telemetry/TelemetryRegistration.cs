using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>
/// Metrics at /metrics in Prometheus' text format, always; metrics and traces over OTLP only when an endpoint is set
/// (the standard OTEL_EXPORTER_OTLP_ENDPOINT, as an environment variable or a configuration key of that name).
/// Without one, no span is ever recorded: the product's spans then cost a flag check.
/// </summary>
internal static class TelemetryRegistration
{
    public const string MetricsPath = "/metrics";
    private const string ServiceName = "startup-territoire-live";

    // ASP.NET Core's own meters (the web SDK makes them; the Kestrel one only under Kestrel).
    private static readonly string[] s_aspNetCoreMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "Microsoft.AspNetCore.MemoryPool",
    ];

    public static IServiceCollection AddWorkshopTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>()
            .BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.NetworksAreValid(), "Workshop:Metrics:AllowedNetworks must be networks like 10.0.0.0/8.")
            .ValidateOnStart();
        services.AddSingleton<WorkshopMetrics>();
        services.AddSingleton<BackplaneProbe>();
        services.AddHostedService(sp => sp.GetRequiredService<BackplaneProbe>());
        services.AddHostedService<HeldWorkGauges>();
        services.AddHostedService<RecoveryCounters>();

        var metricsOverOtlp = HasEndpoint(configuration, "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT");
        var tracesOverOtlp = HasEndpoint(configuration, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithMetrics(metrics =>
            {
                // ASP.NET Core's meters are read directly: the instrumentation package's metrics part only adds a
                // middleware that stays in memory around every WebSocket for the connection's whole life.
                metrics.AddMeter(WorkshopMetrics.MeterName)
                    .AddMeter(s_aspNetCoreMeters)
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                if (metricsOverOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });

        if (tracesOverOtlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(WorkshopTracing.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>/metrics: GET only, from the allowed networks only (others are told it does not exist).</summary>
    public static IEndpointConventionBuilder MapWorkshopMetrics(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value;
        return app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
            {
                if (options.Allows(context.Connection.RemoteIpAddress))
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }), optionsName: null)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]))
            .AllowAnonymous();
    }

    private static bool HasEndpoint(IConfiguration configuration, string signalKey) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) || !string.IsNullOrWhiteSpace(configuration[signalKey]);

    // Scrapes and health checks every few seconds would bury the traces that matter.
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
