namespace StartupTerritoire.Server.Web;

/// <summary>Set on a WebSocket request's context once the hub accepted its handshake.</summary>
internal sealed class LiveConnectionMark
{
    public bool HubConnected { get; set; }
}
