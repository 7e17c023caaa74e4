using StartupTerritoire.LiveBench.Clients;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>A SignalR room member: posting is one invocation whose arguments the target chooses.</summary>
public sealed class HubRoomClient(SignalRClient client, Func<string, string, object?[]> postArguments, string postTarget) : IRoomClient
{
    public SignalRClient Client { get; } = client;

    public long BytesReceived => Client.BytesReceived;

    public long BytesSent => Client.BytesSent;

    public int Errors => Client.Errors;

    public Task PostAsync(string id, string text) => Client.SendAsync(postTarget, postArguments(id, text));

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
