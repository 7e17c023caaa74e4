using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.Server.Realtime;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// A hub client as a phone, board or console would be: it applies events strictly in sequence order (holding early
/// ones back), drops repeats, and remembers every event it applied so tests can check order and completeness.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    /// <summary>The pages spread their catch-up over this long after a <c>Resync</c> nudge; a test client does as they do.</summary>
    public static readonly TimeSpan ResyncSpread = TimeSpan.FromMilliseconds(500);

    private readonly object _gate = new();
    private readonly SortedDictionary<long, EventMessage> _early = [];
    private readonly List<EventMessage> _applied = [];
    private readonly List<(Func<EventMessage, bool> Match, TaskCompletionSource<EventMessage> Done)> _waiters = [];
    private readonly List<SuggestionBatch> _suggestions = [];
    private readonly List<(Func<SuggestionBatch, bool> Match, TaskCompletionSource<SuggestionBatch> Done)> _suggestionWaiters = [];
    private readonly List<Exception> _resyncFailures = [];
    private int _nudges;
    private int _nudgedSyncs;
    private int _eventsFromSync;

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        Connection.On<EventBatch>(nameof(IWorkshopClient.Events), Receive);
        Connection.On<SuggestionBatch>(nameof(IWorkshopClient.Suggestions), ReceiveSuggestions);
    }

    public HubConnection Connection { get; }

    /// <summary>The last sequence number applied in order.</summary>
    public long LastSeq { get; private set; }

    /// <summary>Every event applied, in the order applied.</summary>
    public IReadOnlyList<EventMessage> Applied
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied];
            }
        }
    }

    /// <summary>Every clustering suggestion received, in the order received.</summary>
    public IReadOnlyList<SuggestionBatch> Suggestions
    {
        get
        {
            lock (_gate)
            {
                return [.. _suggestions];
            }
        }
    }

    /// <summary><c>Resync</c> nudges received, once <see cref="FollowResyncNudges"/> was called.</summary>
    public int Nudges => Volatile.Read(ref _nudges);

    /// <summary>The <c>Sync</c> calls those nudges led to (none when the client already held the version).</summary>
    public int NudgedSyncs => Volatile.Read(ref _nudgedSyncs);

    /// <summary>Events that came in a <c>Sync</c> answer rather than live.</summary>
    public int EventsFromSync => Volatile.Read(ref _eventsFromSync);

    /// <summary>
    /// Does what the pages do on a <c>Resync(sessionId, version)</c> nudge: after a random delay within
    /// <see cref="ResyncSpread"/>, calls <c>Sync(lastSeq)</c> if it is still behind that version.
    /// </summary>
    public void FollowResyncNudges() =>
        Connection.On<string, long>(nameof(IWorkshopClient.Resync), (_, version) => Nudged(version));

    /// <summary>Fails if a nudged Sync failed.</summary>
    public void AssertNoResyncFailure()
    {
        lock (_gate)
        {
            Assert.True(_resyncFailures.Count == 0, $"A nudged Sync failed: {string.Join("; ", _resyncFailures.Select(e => e.Message))}");
        }
    }

    /// <summary>A client of the in-process test server, over WebSockets without negotiation.</summary>
    public static Task<LiveClient> ConnectAsync(TestServer server, string token, string protocol) =>
        StartAsync(CreateConnection(server, token, protocol));

    /// <summary>A connection to the in-process test server, not started, for clients that bind messages their own way.</summary>
    public static HubConnection CreateConnection(TestServer server, string token, string protocol)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Build(new Uri(server.BaseAddress, "/hubs/workshop"), protocol, o =>
        {
            o.SkipNegotiation = true;
            o.Transports = HttpTransportType.WebSockets;
            o.WebSocketFactory = async (context, cancellationToken) =>
            {
                var client = server.CreateWebSocketClient();
                client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
                return await client.ConnectAsync(context.Uri, cancellationToken);
            };
        });
    }

    /// <summary>A client of a real server on loopback.</summary>
    public static Task<LiveClient> ConnectAsync(Uri baseAddress, string token, string protocol)
    {
        var connection = Build(new Uri(baseAddress, "/hubs/workshop"), protocol, o =>
        {
            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            o.SkipNegotiation = true;
            o.Transports = HttpTransportType.WebSockets;
        });
        return StartAsync(connection);
    }

    /// <summary>Calls Sync(lastSeq) and applies what it brings: the missing events, or a snapshot's version.</summary>
    public async Task<SyncResult> SyncAsync(long? lastSeq = null)
    {
        var result = await Connection.InvokeAsync<SyncResult>("Sync", lastSeq ?? LastSeq).DefaultTimeout();
        lock (_gate)
        {
            if (lastSeq > LastSeq && result.Events is not null)
            {
                // A client resuming from state it kept (a phone after a reload) starts where that state ends.
                LastSeq = lastSeq.Value;
            }

            if (result.Events is { } events)
            {
                foreach (var e in events)
                {
                    if (e.Seq > LastSeq && _early.TryAdd(e.Seq, e))
                    {
                        _eventsFromSync++;
                    }
                }
            }
            else if (result.Version > LastSeq)
            {
                // A snapshot replaces everything up to its version.
                LastSeq = result.Version;
                foreach (var seq in _early.Keys.Where(s => s <= LastSeq).ToList())
                {
                    _early.Remove(seq);
                }
            }

            Drain();
        }

        return result;
    }

    /// <summary>Waits for an applied event matching a condition (also one applied before the call).</summary>
    public Task<EventMessage> WaitForAsync(Func<EventMessage, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<EventMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_applied.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            _waiters.Add((match, done));
        }

        return done.Task.DefaultTimeout(timeout);
    }

    /// <summary>Waits for a suggestion batch matching a condition (also one received before the call).</summary>
    public Task<SuggestionBatch> WaitForSuggestionsAsync(Func<SuggestionBatch, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<SuggestionBatch>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_suggestions.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            _suggestionWaiters.Add((match, done));
        }

        return done.Task.DefaultTimeout(timeout);
    }

    public Task<EventMessage> WaitForSeqAsync(long seq, TimeSpan? timeout = null) => WaitForAsync(e => e.Seq == seq, timeout);

    public Task<long> InvokeAsync(string method, params object?[] args) =>
        Connection.InvokeCoreAsync<long>(method, args).DefaultTimeout();

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private static HubConnection Build(Uri url, string protocol, Action<Microsoft.AspNetCore.Http.Connections.Client.HttpConnectionOptions> configure)
    {
        var builder = new HubConnectionBuilder().WithUrl(url, configure);
        if (protocol == Protocol.MessagePack)
        {
            builder.AddMessagePackProtocol();
        }

        builder.Services.Configure<HubConnectionOptions>(o => o.ServerTimeout = TimeSpan.FromSeconds(30));
        return builder.Build();
    }

    private static async Task<LiveClient> StartAsync(HubConnection connection)
    {
        var client = new LiveClient(connection);
        await connection.StartAsync().DefaultTimeout();
        return client;
    }

    private void Receive(EventBatch batch)
    {
        lock (_gate)
        {
            foreach (var e in batch.Events)
            {
                if (e.Seq > LastSeq)
                {
                    _early.TryAdd(e.Seq, e);
                }
            }

            Drain();
        }
    }

    private void Nudged(long version)
    {
        Interlocked.Increment(ref _nudges);

        // Not awaited: the connection hands messages to handlers one at a time, so a Sync awaited here would wait for
        // its own answer behind this very handler.
        _ = CatchUpAsync(version);
    }

    private async Task CatchUpAsync(long version)
    {
        try
        {
            await Task.Delay(Random.Shared.NextDouble() * ResyncSpread);
            if (LastSeq < version)
            {
                Interlocked.Increment(ref _nudgedSyncs);
                await SyncAsync();
            }
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _resyncFailures.Add(e);
            }
        }
    }

    private void ReceiveSuggestions(SuggestionBatch batch)
    {
        lock (_gate)
        {
            _suggestions.Add(batch);
            foreach (var waiter in _suggestionWaiters.Where(w => w.Match(batch)).ToList())
            {
                _suggestionWaiters.Remove(waiter);
                waiter.Done.TrySetResult(batch);
            }
        }
    }

    private void Drain()
    {
        while (_early.Remove(LastSeq + 1, out var next))
        {
            LastSeq = next.Seq;
            _applied.Add(next);
            foreach (var waiter in _waiters.Where(w => w.Match(next)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(next);
            }
        }
    }
}
