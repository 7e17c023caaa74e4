using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Telemetry;

/// <summary>Who may read /metrics, and how: GET only; from the allowed networks only when some are set.</summary>
public sealed class MetricsAccessTests(MetricsAccessTests.RestrictedApplication restricted) : IClassFixture<MetricsAccessTests.RestrictedApplication>
{
    [Fact]
    public async Task MetricsAnswerGetInPrometheusTextAndRefuseEveryOtherMethod()
    {
        await using var app = new WorkshopApplication();
        using var http = app.CreateClient();

        var scrape = await http.GetAsync("/metrics").DefaultTimeout();
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE workshop_", await scrape.Content.ReadAsStringAsync().DefaultTimeout(), StringComparison.Ordinal);

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            using var request = new HttpRequestMessage(method, "/metrics") { Content = new StringContent("") };
            var refused = await http.SendAsync(request).DefaultTimeout();
            Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
            Assert.DoesNotContain("workshop_", await refused.Content.ReadAsStringAsync().DefaultTimeout(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("10.20.3.4", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("::ffff:10.20.0.9", HttpStatusCode.OK)]
    [InlineData("10.21.0.1", HttpStatusCode.NotFound)]
    [InlineData("203.0.113.5", HttpStatusCode.NotFound)]
    public async Task RestrictedMetricsAnswerOnlyTheAllowedNetworks(string address, HttpStatusCode expected)
    {
        using var http = ClientAddresses.From(restricted, address);

        var response = await http.GetAsync("/metrics").DefaultTimeout();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, (await response.Content.ReadAsStringAsync().DefaultTimeout()).Contains("workshop_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RestrictedMetricsRefuseACallerWithoutAnAddress()
    {
        using var http = restricted.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics").DefaultTimeout()).StatusCode);
    }

    [Fact]
    public async Task AnAllowedNetworkThatIsNotOneStopsTheServerAtStartup()
    {
        await using var app = new MisconfiguredApplication();

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("AllowedNetworks", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The server with /metrics open to 10.20.0.0/16 and the loopback only, and test client addresses.</summary>
    public sealed class RestrictedApplication : WorkshopApplication
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Workshop:Metrics:AllowedNetworks:0"] = "10.20.0.0/16",
            ["Workshop:Metrics:AllowedNetworks:1"] = "::1/128",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
        }
    }

    private sealed class MisconfiguredApplication : WorkshopApplication
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Workshop:Metrics:AllowedNetworks:0"] = "the office",
        };
    }
}
