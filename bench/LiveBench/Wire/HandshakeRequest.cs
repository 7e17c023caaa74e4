using System.Text;

namespace StartupTerritoire.LiveBench.Wire;

/// <summary>The SignalR handshake is JSON text ending with the record separator whatever the hub protocol.</summary>
public static class HandshakeRequest
{
    public const byte RecordSeparator = 0x1E;

    public static byte[] For(string protocol) => Encoding.UTF8.GetBytes($"{{\"protocol\":\"{protocol}\",\"version\":1}}\u001e");
}
