using System.Net;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>Who may read /metrics, bound from "Workshop:Metrics".</summary>
public sealed class MetricsOptions
{
    public const string Section = "Workshop:Metrics";

    /// <summary>
    /// Networks allowed to scrape /metrics, in CIDR notation ("10.0.0.0/8", "127.0.0.1/32", "::1/128"). Empty (the
    /// default): anyone who reaches the server, since the page holds counts only. The address checked is the
    /// connection's: behind a reverse proxy, that is the proxy's.
    /// </summary>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary>True when every entry of <see cref="AllowedNetworks"/> reads as a network.</summary>
    public bool NetworksAreValid() => AllowedNetworks.All(n => IPNetwork.TryParse(n, out _));

    /// <summary>Whether a caller at <paramref name="address"/> may read /metrics.</summary>
    public bool Allows(IPAddress? address)
    {
        if (AllowedNetworks.Count == 0)
        {
            return true;
        }

        if (address is null)
        {
            return false;
        }

        var caller = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return AllowedNetworks.Any(n => IPNetwork.Parse(n).Contains(caller));
    }
}
