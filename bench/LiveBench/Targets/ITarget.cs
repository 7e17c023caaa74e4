using StartupTerritoire.LiveBench.Clients;
using StartupTerritoire.LiveBench.Servers;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>A server under test (one or more nodes) and how a room is made on it.</summary>
public interface ITarget : IAsyncDisposable
{
    /// <summary>Short name used in tables, e.g. "product", "bare hub", "socket.io".</summary>
    string Name { get; }

    IReadOnlyList<ServerProcess> Nodes { get; }

    /// <summary>Opens a room of the given members plus a board; clients are dealt round the nodes.</summary>
    Task<IRoom> OpenRoomAsync(RoomOptions options, CancellationToken cancellationToken);
}

/// <summary>A room ready to post in: every member and the board receive every post.</summary>
public interface IRoom : IAsyncDisposable
{
    /// <summary>The members, then the board (which never posts).</summary>
    IReadOnlyList<IRoomClient> Clients { get; }

    /// <summary>How many connections receive each post.</summary>
    int Recipients => Clients.Count;

    Task PostAsync(int member, string id, string text);
}
