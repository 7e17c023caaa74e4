using StartupTerritoire.LiveBench.Clients;
using StartupTerritoire.LiveBench.Servers;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>The framework's limit: the bare SignalR hub (join a group, post to it), one node or several over Redis.</summary>
public sealed class BareHubTarget(NodeSet nodes) : ITarget
{
    private int _rooms;

    public string Name { get; } = nodes.Nodes.Count > 1 ? $"bare hub ×{nodes.Nodes.Count} (Redis)" : "bare hub";

    public IReadOnlyList<ServerProcess> Nodes => nodes.Nodes;

    public static async Task<BareHubTarget> StartAsync(int count) => new(await NodeSet.StartAsync(count, (_, redis) =>
    {
        var port = ServerProcess.FreeLoopbackPort();
        var arguments = new List<string> { Repository.BareHubAssembly, "--urls", $"http://127.0.0.1:{port}" };
        if (redis is not null)
        {
            arguments.AddRange(["--redis", redis.Endpoint]);
        }

        return ServerProcess.StartAsync("bare hub", "dotnet", arguments, ProductTarget.DotnetEnvironment, Path.GetDirectoryName(Repository.BareHubAssembly)!, port, "/readyz");
    }));

    public async Task<IRoom> OpenRoomAsync(RoomOptions options, CancellationToken cancellationToken)
    {
        var codec = Codecs.For(options.Protocol);
        var room = $"room-{Interlocked.Increment(ref _rooms)}";
        var clients = await Concurrently.RunAsync(options.Members + 1, 32, async i =>
        {
            var client = await SignalRClient.ConnectAsync(new Uri($"ws://{nodes.NodeFor(i).Authority}/hubs/room"), codec, options.HandlerFor(i), cancellationToken, options.AfterReadFor(i));
            await client.InvokeAsync("Join", room);
            return (IRoomClient)new HubRoomClient(client, (id, text) => [room, id, text], "Post");
        }, cancellationToken);
        return new Room(clients);
    }

    public ValueTask DisposeAsync() => nodes.DisposeAsync();
}
