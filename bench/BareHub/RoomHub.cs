using Microsoft.AspNetCore.SignalR;

namespace StartupTerritoire.BareHub;

/// <summary>Join a room, post to it: every member (the sender included) receives the payload as it was sent.</summary>
public sealed class RoomHub : Hub
{
    public Task Join(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);

    public Task Post(string room, string id, string text) => Clients.Group(room).SendAsync("Message", id, text);
}
