using StartupTerritoire.LiveBench.Clients;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>
/// How to open a room: the protocol, the number of members (a board is added), a fresh handler for each recipient
/// (so each can keep its own order book), and, for the slow-board scenario, a pause the board takes after each read.
/// </summary>
public sealed record RoomOptions(string Protocol, int Members, Func<BroadcastHandler> NewRecipient)
{
    public Func<Task>? BoardAfterRead { get; init; }

    /// <summary>The board's deliveries are not booked (the slow-board scenario measures the others).</summary>
    public bool SilentBoard { get; init; }

    /// <summary>The handler of client <paramref name="client"/>; the board is the client after the members.</summary>
    public BroadcastHandler HandlerFor(int client) => SilentBoard && client == Members ? static _ => { } : NewRecipient();

    public Func<Task>? AfterReadFor(int client) => client == Members ? BoardAfterRead : null;

    public static RoomOptions Silent(string protocol, int members) => new(protocol, members, static () => static _ => { });
}
