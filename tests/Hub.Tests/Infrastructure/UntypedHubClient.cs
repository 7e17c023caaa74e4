using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using StartupTerritoire.Server.Realtime;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// A hub client that binds nothing to the server's types: what it receives is what the protocol decoded (a JsonElement
/// for JSON; for MessagePack, its compact shape read back into maps, lists and scalars as the pages do, see
/// <see cref="CompactShape"/>), so a test sees every key the server put on the wire, also the ones no typed client
/// would notice.
/// </summary>
public sealed class UntypedHubClient : IAsyncDisposable
{
    private static readonly string[] s_clientMethods = [nameof(IWorkshopClient.Events), nameof(IWorkshopClient.Suggestions), nameof(IWorkshopClient.SessionDeleted)];
    private readonly object _gate = new();
    private readonly HubConnection _connection;
    private readonly bool _compact;
    private readonly List<(string Method, object? Argument)> _received = [];
    private readonly List<(string Method, Func<object?, bool> Match, TaskCompletionSource Done)> _waiters = [];

    private UntypedHubClient(HubConnection connection, bool compact)
    {
        _connection = connection;
        _compact = compact;
        foreach (var method in s_clientMethods)
        {
            _connection.On(method, [typeof(object)], args =>
            {
                Receive(method, Expand(method, args[0]));
                return Task.CompletedTask;
            });
        }
    }

    public static async Task<UntypedHubClient> ConnectAsync(TestServer server, string token, string protocol)
    {
        var client = new UntypedHubClient(LiveClient.CreateConnection(server, token, protocol), protocol == Protocol.MessagePack);
        await client._connection.StartAsync().DefaultTimeout();
        return client;
    }

    /// <summary>The arguments of every call of <paramref name="method"/> received so far, in order.</summary>
    public IReadOnlyList<object?> Received(string method)
    {
        lock (_gate)
        {
            return [.. _received.Where(r => r.Method == method).Select(r => r.Argument)];
        }
    }

    /// <summary>Invokes a hub method and returns its result as the protocol decoded it.</summary>
    public async Task<object?> InvokeAsync(string method, params object?[] args) =>
        Expand(method, await _connection.InvokeCoreAsync<object?>(method, args).DefaultTimeout());

    /// <summary>Waits until a call of <paramref name="method"/> matching a condition arrived (also one before the call).</summary>
    public Task WaitForAsync(string method, Func<object?, bool> match)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_received.Any(r => r.Method == method && match(r.Argument)))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((method, match, done));
        }

        return done.Task.DefaultTimeout();
    }

    /// <summary>Waits until an <c>Events</c> batch carried the event of sequence number <paramref name="seq"/>.</summary>
    public Task WaitForSeqAsync(long seq) =>
        WaitForAsync(nameof(IWorkshopClient.Events), batch => Wire.List(batch, "events").Any(e => Wire.Number(e, "seq") == seq));

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private object? Expand(string method, object? raw) => !_compact ? raw : method switch
    {
        nameof(IWorkshopClient.Events) => CompactShape.EventBatch(raw),
        nameof(IWorkshopClient.Suggestions) => CompactShape.SuggestionBatch(raw),
        "Sync" => CompactShape.SyncResult(raw),
        _ => raw,
    };

    private void Receive(string method, object? argument)
    {
        lock (_gate)
        {
            _received.Add((method, argument));
            foreach (var waiter in _waiters.Where(w => w.Method == method && w.Match(argument)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }
}
