namespace StartupTerritoire.LiveBench.Wire;

/// <summary>The SignalR hub protocols by the name the handshake uses.</summary>
public static class Codecs
{
    public static IHubCodec For(string protocol) => protocol switch
    {
        "json" => new JsonHubCodec(),
        "messagepack" => new MessagePackHubCodec(),
        _ => throw new ArgumentException($"Unknown SignalR protocol '{protocol}' (json or messagepack).", nameof(protocol)),
    };
}
