using StartupTerritoire.LiveBench.Clients;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>A room as a list of connected clients, the board last.</summary>
public sealed class Room(IReadOnlyList<IRoomClient> clients) : IRoom
{
    public IReadOnlyList<IRoomClient> Clients { get; } = clients;

    public Task PostAsync(int member, string id, string text) => Clients[member].PostAsync(id, text);

    public async ValueTask DisposeAsync()
    {
        foreach (var chunk in Clients.Chunk(200))
        {
            await Task.WhenAll(chunk.Select(c => c.DisposeAsync().AsTask()));
        }
    }
}
