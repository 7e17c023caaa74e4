using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Web;

namespace StartupTerritoire.Server.Tests.Api;

/// <summary>Which address join links and QR codes carry, so phones in the hall can reach the server.</summary>
public sealed class PublicLinksTests
{
    [Fact]
    public void ConfiguredPublicBaseUrlWinsWhateverTheRequest()
    {
        var links = Links(publicBaseUrl: "http://salle.local:5000/", listening: "http://0.0.0.0:5000");
        Assert.Equal("http://salle.local:5000/j/ACDEFGHJ", links.Join(Request("localhost:5000"), "ACDEFGHJ"));
    }

    [Fact]
    public void ServerListeningOnLoopbackOnlyKeepsTheRequestsOwnAddress()
    {
        var links = Links(publicBaseUrl: null, listening: "http://127.0.0.1:5000");
        Assert.Equal("http://localhost:5000", links.Base(Request("localhost:5000")));
    }

    [Fact]
    public void LaptopOpenedAsLocalhostWhileListeningOnAllInterfacesHandsOutItsLanAddress()
    {
        var links = Links(publicBaseUrl: null, listening: "http://0.0.0.0:5000");
        var lan = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a.Address))
            .Select(a => $"http://{a.Address}:5000")
            .ToList();

        var chosen = links.Base(Request("localhost:5000"));

        // A machine without any LAN address (a sandbox) has nothing better to offer than its own address.
        Assert.Equal(lan.Count == 0 ? "http://localhost:5000" : lan[0], chosen);
        Assert.Equal("http://192.168.1.9:5000", links.Base(Request("192.168.1.9:5000")));
    }

    private static PublicLinks Links(string? publicBaseUrl, string listening) =>
        new(Options.Create(new WorkshopOptions { PublicBaseUrl = publicBaseUrl }), new ServerAddresses(new ListeningServer(listening)));

    private static HttpRequest Request(string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);
        return context.Request;
    }

    private sealed class ListeningServer : IServer
    {
        public ListeningServer(string address)
        {
            var feature = new ServerAddressesFeature();
            feature.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
