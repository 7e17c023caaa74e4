using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using StartupTerritoire.LiveBench.Clients;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Faults;

/// <summary>
/// A phone as the pages behave: it keeps its token, reconnects forever with jittered backoff (to the next node when it
/// has several to try), calls Sync(lastSeq) on every connection, and keeps every note in an outbox, sent again with
/// the same note id until acknowledged.
/// </summary>
public sealed class Phone : IAsyncDisposable
{
    private readonly string _token;
    private readonly IReadOnlyList<Uri> _nodes;
    private readonly string _workshopId;
    private readonly string _column;
    private readonly ConcurrentDictionary<string, string> _outbox = new();
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _drainLock = new(1, 1);
    private SignalRClient? _client;
    private Task _running = Task.CompletedTask;
    private long _lastSeq;
    private long _lostAt;
    private long _connectionSeq;
    private int _outOfOrder;

    public Phone(string token, IReadOnlyList<Uri> nodes, int firstNode, string workshopId, string column)
    {
        _token = token;
        _nodes = nodes;
        NodeIndex = firstNode;
        _workshopId = workshopId;
        _column = column;
    }

    /// <summary>The node it is (or will next be) connected to.</summary>
    public int NodeIndex { get; private set; }

    public bool Connected => _client is { Closed.IsCompleted: false } && Synced;

    public bool Synced { get; private set; }

    public long LastSeq => Interlocked.Read(ref _lastSeq);

    public IReadOnlyCollection<string> Acknowledged => (IReadOnlyCollection<string>)_acknowledged.Keys;

    public int Pending => _outbox.Count;

    /// <summary>Events that came on one connection after an event of a higher seq on the same connection.</summary>
    public int OutOfOrder => Volatile.Read(ref _outOfOrder);

    /// <summary>From each loss of the connection to being connected, resynced and drained again.</summary>
    public ConcurrentBag<TimeSpan> Recoveries { get; } = [];

    /// <summary>From each connection opening to its Sync answer.</summary>
    public ConcurrentBag<TimeSpan> Resyncs { get; } = [];

    /// <summary>Refusals other than "saving paused" or "slow down" (which the outbox waits out).</summary>
    public ConcurrentBag<string> Refusals { get; } = [];

    public void Start() => _running = Task.Run(RunAsync);

    /// <summary>Puts a note in the outbox and tries to send it now.</summary>
    public async Task PostAsync(string noteId, string text)
    {
        _outbox[noteId] = text;
        await DrainAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected end.
        }

        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        _stop.Dispose();
        _drainLock.Dispose();
    }

    private async Task RunAsync()
    {
        var attempt = 0;
        while (!_stop.IsCancellationRequested)
        {
            var opened = Stopwatch.GetTimestamp();
            try
            {
                var node = _nodes[NodeIndex];
                Interlocked.Exchange(ref _connectionSeq, 0);
                var client = await SignalRClient.ConnectAsync(new Uri($"ws://{node.Authority}/hubs/workshop?access_token={Uri.EscapeDataString(_token)}"), new JsonHubCodec(), OnEvents, _stop.Token);
                _client = client;
                var answer = await client.InvokeForCompletionAsync("Sync", TimeSpan.FromSeconds(15), LastSeq);
                using (var document = JsonDocument.Parse(answer))
                {
                    Interlocked.Exchange(ref _lastSeq, Math.Max(LastSeq, document.RootElement.GetProperty("result").GetProperty("version").GetInt64()));
                }

                Resyncs.Add(Stopwatch.GetElapsedTime(opened));
                Synced = true;
                attempt = 0;
                await DrainAsync();
                if (Interlocked.Exchange(ref _lostAt, 0) is var lost and not 0)
                {
                    Recoveries.Add(Stopwatch.GetElapsedTime(lost));
                }

                // While connected, retry what the server asked to wait for (saving paused, slow down).
                while (!client.Closed.IsCompleted && !_stop.IsCancellationRequested)
                {
                    await Task.WhenAny(client.Closed, Task.Delay(500, _stop.Token));
                    await DrainAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
            {
                // Connection refused, Sync failed or timed out: try again below.
            }

            Synced = false;
            Interlocked.CompareExchange(ref _lostAt, Stopwatch.GetTimestamp(), 0);
            if (_client is { } gone)
            {
                _client = null;
                await gone.DisposeAsync();
            }

            if (_stop.IsCancellationRequested)
            {
                return;
            }

            // Jittered exponential backoff from 0.25 s to 4 s, and the next node when there are several.
            attempt++;
            NodeIndex = (NodeIndex + 1) % _nodes.Count;
            var ceiling = Math.Min(4000, 250 * (1 << Math.Min(attempt, 4)));
            await Task.Delay(Random.Shared.Next(ceiling / 2, ceiling), _stop.Token);
        }
    }

    private async Task DrainAsync()
    {
        if (_client is not { } client || !Synced || !await _drainLock.WaitAsync(0))
        {
            return;
        }

        try
        {
            foreach (var (noteId, text) in _outbox.OrderBy(n => n.Key, StringComparer.Ordinal))
            {
                try
                {
                    await client.InvokeAsync("AddNote", noteId, _workshopId, _column, text, null);
                    _acknowledged[noteId] = 0;
                    _outbox.TryRemove(noteId, out _);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or WebSocketException or ObjectDisposedException)
                {
                    if (client.Closed.IsCompleted || e is not InvalidOperationException)
                    {
                        return; // the connection is gone: the reconnection drains again
                    }

                    if (!e.Message.Contains("store.unavailable", StringComparison.Ordinal) && !e.Message.Contains("rate.limited", StringComparison.Ordinal))
                    {
                        Refusals.Add(e.Message);
                        _outbox.TryRemove(noteId, out _);
                    }

                    return; // saving paused or slow down: the next drain tries again
                }
            }
        }
        finally
        {
            _drainLock.Release();
        }
    }

    // The phone only needs its position in the sequence: the highest seq of the batches it received.
    private void OnEvents(ReadOnlySpan<byte> raw)
    {
        var rest = raw;
        while (rest.IndexOf("\"seq\":"u8) is var at and >= 0)
        {
            rest = rest[(at + 6)..];
            long seq = 0;
            var n = 0;
            while (n < rest.Length && rest[n] is >= (byte)'0' and <= (byte)'9')
            {
                seq = (seq * 10) + (rest[n++] - '0');
            }

            if (seq > Interlocked.Read(ref _lastSeq))
            {
                Interlocked.Exchange(ref _lastSeq, seq);
            }

            // One receive loop per connection calls this, so the connection's own high-water mark needs no lock.
            if (seq <= _connectionSeq)
            {
                Interlocked.Increment(ref _outOfOrder);
            }
            else
            {
                _connectionSeq = seq;
            }
        }
    }
}
