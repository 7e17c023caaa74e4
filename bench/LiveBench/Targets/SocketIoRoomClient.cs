using StartupTerritoire.LiveBench.Clients;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>A Socket.IO room member: posting emits "post" to the room.</summary>
public sealed class SocketIoRoomClient(SocketIoClient client, string room) : IRoomClient
{
    public long BytesReceived => client.BytesReceived;

    public long BytesSent => client.BytesSent;

    public int Errors => client.Errors;

    public Task PostAsync(string id, string text) => client.EmitAsync("post", room, id, text);

    public ValueTask DisposeAsync() => client.DisposeAsync();
}
