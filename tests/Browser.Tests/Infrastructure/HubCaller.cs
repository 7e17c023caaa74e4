using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// A hub connection with one soirée token, for what a test sets up around the pages it looks at (an animator's
/// command, a participant's sign-up) without driving another page for it. Commands go through the same hub methods
/// as the pages, so the server checks them the same way.
/// </summary>
public sealed class HubCaller : IAsyncDisposable
{
    private readonly HubConnection _connection;

    private HubCaller(HubConnection connection) => _connection = connection;

    public static async Task<HubCaller> ConnectAsync(ServerProcess server, string token)
    {
        ArgumentNullException.ThrowIfNull(server);
        var connection = new HubConnectionBuilder()
            .WithUrl(server.Url("/hubs/workshop"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        await connection.StartAsync().DefaultTimeout();
        return new HubCaller(connection);
    }

    /// <summary>Calls a command and returns the sequence number of its last event.</summary>
    public Task<long> InvokeAsync(string method, params object?[] args) =>
        _connection.InvokeCoreAsync<long>(method, args).DefaultTimeout();

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
