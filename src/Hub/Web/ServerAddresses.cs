using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// The addresses phones in the hall can use to reach this server: when it listens on all interfaces, the
/// machine's LAN addresses with the listening port, so the animator can pick the one the hall's Wi-Fi reaches.
/// </summary>
internal sealed class ServerAddresses(IServer server)
{
    public IReadOnlyList<string> LanBaseUrls()
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var result = new List<string>();
        foreach (var address in listening)
        {
            if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || !(uri.Host is "0.0.0.0" or "[::]"))
            {
                continue;
            }

            result.AddRange(LanAddresses().Select(ip => $"{uri.Scheme}://{ip}:{uri.Port}"));
        }

        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> LanAddresses() => NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses)
        .Select(a => a.Address)
        .Where(ip => ip.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(ip))
        .Select(ip => ip.ToString());
}
