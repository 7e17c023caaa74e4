using StartupTerritoire.LiveBench.Clients;
using StartupTerritoire.LiveBench.Servers;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>The peer a team would pick: Socket.IO 4.8 rooms on Node.js, one node or several with the Redis adapter.</summary>
public sealed class SocketIoTarget(NodeSet nodes) : ITarget
{
    private int _rooms;

    public string Name { get; } = nodes.Nodes.Count > 1 ? $"socket.io ×{nodes.Nodes.Count} (Redis)" : "socket.io";

    public IReadOnlyList<ServerProcess> Nodes => nodes.Nodes;

    public static async Task<SocketIoTarget> StartAsync(int count) => new(await NodeSet.StartAsync(count, (_, redis) =>
    {
        var port = ServerProcess.FreeLoopbackPort();
        var environment = new Dictionary<string, string> { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["NODE_ENV"] = "production" };
        if (redis is not null)
        {
            environment["REDIS_URL"] = $"redis://{redis.Endpoint}";
        }

        return ServerProcess.StartAsync("socket.io", "node", ["socketio-server.js"], environment, Repository.NodeFolder, port, "/readyz");
    }));

    public async Task<IRoom> OpenRoomAsync(RoomOptions options, CancellationToken cancellationToken)
    {
        var room = $"room-{Interlocked.Increment(ref _rooms)}";
        var clients = await Concurrently.RunAsync(options.Members + 1, 32, async i =>
        {
            var client = await SocketIoClient.ConnectAsync(nodes.NodeFor(i), options.HandlerFor(i), cancellationToken, options.AfterReadFor(i));
            await client.EmitWithAckAsync("join", room);
            return (IRoomClient)new SocketIoRoomClient(client, room);
        }, cancellationToken);
        return new Room(clients);
    }

    public ValueTask DisposeAsync() => nodes.DisposeAsync();
}
