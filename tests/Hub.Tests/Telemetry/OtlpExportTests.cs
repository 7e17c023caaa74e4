using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Telemetry;

/// <summary>Traces are recorded and exported only when an OTLP endpoint is configured; /metrics is served either way.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task WithoutAnEndpointNoSpanIsRecorded()
    {
        await using var app = new WorkshopApplication();
        using var http = app.CreateClient();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Contains("workshop_", await http.GetStringAsync("/metrics").DefaultTimeout(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEndpointInTheConfigurationTurnsTracingOn()
    {
        await using var app = new ExportingApplication();
        using var http = app.CreateClient();

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.Contains("workshop_", await http.GetStringAsync("/metrics").DefaultTimeout(), StringComparison.Ordinal);
    }

    /// <summary>The server told to export to a collector on loopback that is not there: exports fail quietly.</summary>
    private sealed class ExportingApplication : WorkshopApplication
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
        };
    }
}
