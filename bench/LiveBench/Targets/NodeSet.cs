using StartupTerritoire.LiveBench.Servers;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>The processes of one target: its nodes and, when there are several, the Redis they share.</summary>
public sealed class NodeSet : IAsyncDisposable
{
    private readonly List<ServerProcess> _nodes = [];
    private readonly Func<int, RedisProcess?, Task<ServerProcess>> _startNode;

    private NodeSet(RedisProcess? redis, Func<int, RedisProcess?, Task<ServerProcess>> startNode)
    {
        Redis = redis;
        _startNode = startNode;
    }

    public IReadOnlyList<ServerProcess> Nodes => _nodes;

    public RedisProcess? Redis { get; }

    public static async Task<NodeSet> StartAsync(int count, Func<int, RedisProcess?, Task<ServerProcess>> startNode)
    {
        var set = new NodeSet(count > 1 ? await RedisProcess.StartAsync() : null, startNode);
        try
        {
            for (var i = 0; i < count; i++)
            {
                set._nodes.Add(await startNode(i, set.Redis));
            }

            return set;
        }
        catch
        {
            await set.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL of one node, like a power cut of its process; it keeps its place (and port) for a restart.</summary>
    public async Task KillAsync(int node) => await _nodes[node].DisposeAsync();

    /// <summary>Starts a killed node again with the same settings (same port, same data folder or Redis).</summary>
    public async Task RestartAsync(int node) => _nodes[node] = await _startNode(node, Redis);

    /// <summary>The node a client of this index connects to: clients are dealt round the nodes.</summary>
    public Uri NodeFor(int client) => _nodes[client % _nodes.Count].Address;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }
}
