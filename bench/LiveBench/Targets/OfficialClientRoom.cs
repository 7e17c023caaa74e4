using System.Text;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.LiveBench.Clients;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>
/// A bare-hub room whose members are the official .NET SignalR client (MessagePack, WebSockets without negotiation),
/// to check that the hand-written clients measure the same thing.
/// </summary>
public static class OfficialClientRoom
{
    public static async Task<IRoom> OpenAsync(Uri node, RoomOptions options, CancellationToken cancellationToken)
    {
        var room = $"official-{Guid.NewGuid():N}";
        var clients = await Concurrently.RunAsync(options.Members + 1, 32, async i =>
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(node, "/hubs/room"), o =>
                {
                    o.SkipNegotiation = true;
                    o.Transports = HttpTransportType.WebSockets;
                })
                .AddMessagePackProtocol()
                .Build();
            var handler = options.HandlerFor(i);
            // The ledger reads raw bytes; the official client hands over decoded strings, so pass it the id's bytes.
            connection.On<string, string>("Message", (id, _) => handler(Encoding.ASCII.GetBytes(id)));
            await connection.StartAsync(cancellationToken);
            await connection.InvokeAsync("Join", room, cancellationToken);
            return (IRoomClient)new OfficialRoomClient(connection, room);
        }, cancellationToken);
        return new Room(clients);
    }

    private sealed class OfficialRoomClient(HubConnection connection, string room) : IRoomClient
    {
        // The official client does not expose its byte counts; the protocol comparison uses the hand-written clients.
        public long BytesReceived => 0;

        public long BytesSent => 0;

        public int Errors => 0;

        public Task PostAsync(string id, string text) => connection.SendAsync("Post", room, id, text);

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
