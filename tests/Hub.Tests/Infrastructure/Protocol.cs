namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>The two hub protocols every realtime test runs with.</summary>
public static class Protocol
{
    public const string Json = "json";
    public const string MessagePack = "messagepack";

    public static TheoryData<string> Both => new() { Json, MessagePack };
}
