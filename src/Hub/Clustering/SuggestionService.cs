using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Clustering;

/// <summary>
/// The queue of clustering suggestions to compute, kept off the hub's hot path: staff requests go in at once, and
/// once a workshop's suggestions were requested, or the animator started grouping its notes in a clustering round,
/// changes to its notes and clusters during that round queue a new computation after a quiet moment.
/// <see cref="SuggestionWorker"/> drains the queue.
/// </summary>
internal sealed partial class SuggestionService(TimeProvider time, IOptions<WorkshopOptions> options, ILogger<SuggestionService> logger) : IDisposable
{
    /// <summary>Requests waiting for the worker; beyond this, staff wait and automatic requests are dropped.</summary>
    public const int Capacity = 64;

    private readonly Channel<SuggestionRequest> _requests = Channel.CreateBounded<SuggestionRequest>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    // Session id → workshop id → the granularity last asked for, and whether staff ever asked for new groups.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Follow>> _followed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Dictionary<(string SessionId, string WorkshopId), Pending> _pending = [];

    // What was last sent per workshop (version and granularity), so an automatic request on unchanged notes sends nothing.
    private readonly ConcurrentDictionary<(string SessionId, string WorkshopId), (long Version, double Level)> _sent = new();

    public ChannelReader<SuggestionRequest> Requests => _requests.Reader;

    /// <summary>Queues suggestions asked for by staff, and follows the workshop from now on.</summary>
    public ValueTask RequestAsync(string sessionId, string workshopId, Granularity granularity, CancellationToken cancellationToken)
    {
        _followed.GetOrAdd(sessionId, _ => new(StringComparer.Ordinal))[workshopId] = new Follow(granularity, WithGroups: true);
        return _requests.Writer.WriteAsync(new SuggestionRequest(sessionId, workshopId, granularity, Explicit: true), cancellationToken);
    }

    /// <summary>
    /// Sends a workshop's suggestions again, for a console that just opened or reconnected: batches are not kept, so
    /// it would otherwise wait for the next change. A followed workshop is computed as it is followed; one not followed
    /// (a node that restarted, or another node) is followed from now on if its notes are being grouped by hand in a
    /// clustering round (<paramref name="beingGrouped"/>, read under the session's lock). Returns whether anything was
    /// queued.
    /// </summary>
    public async ValueTask<bool> RefreshAsync(string sessionId, string workshopId, bool beingGrouped, CancellationToken cancellationToken)
    {
        var workshops = _followed.GetOrAdd(sessionId, _ => new(StringComparer.Ordinal));
        if (!workshops.TryGetValue(workshopId, out var follow))
        {
            if (!beingGrouped)
            {
                return false;
            }

            follow = workshops.GetOrAdd(workshopId, new Follow(Granularity.Medium, WithGroups: false));
        }

        await _requests.Writer.WriteAsync(new SuggestionRequest(sessionId, workshopId, follow.Granularity, Explicit: true, follow.WithGroups), cancellationToken);
        return true;
    }

    /// <summary>Whether the animator is grouping a workshop's notes: a clustering round runs and it has a group.</summary>
    public static bool BeingGrouped(Session session, string workshopId) =>
        InClusteringRound(session, workshopId) && session.Clusters.Any(c => c.WorkshopId == workshopId);

    /// <summary>
    /// Looks at stored events (cheaply: called on every publish) and, when they change the notes or clusters of a
    /// followed workshop in a clustering round, schedules new suggestions after the quiet delay. Staff grouping notes
    /// of a workshop in a clustering round start following it, so the rest of its notes get sorted unasked.
    /// </summary>
    public void Notice(Session session, IReadOnlyList<StoredEvent> events)
    {
        FollowGrouping(session, events);
        if (!_followed.TryGetValue(session.Id, out var workshops))
        {
            return;
        }

        if (events.Any(e => e.Event is SessionClosed))
        {
            _followed.TryRemove(session.Id, out _);
            return;
        }

        if (!events.Any(e => Changes(e.Event)))
        {
            return;
        }

        foreach (var workshopId in workshops.Keys)
        {
            if (InClusteringRound(session, workshopId))
            {
                Debounce((session.Id, workshopId));
            }
        }
    }

    /// <summary>Whether these suggestions were the last ones sent for the workshop.</summary>
    public bool WasSent(string sessionId, string workshopId, long version, double level) =>
        _sent.TryGetValue((sessionId, workshopId), out var last) && last == (version, level);

    /// <summary>Remembers the suggestions sent for the workshop.</summary>
    public void RecordSent(string sessionId, string workshopId, long version, double level) =>
        _sent[(sessionId, workshopId)] = (version, level);

    /// <summary>
    /// Stops following a soirée that left memory (nobody connected for a while): its workshops are followed again
    /// when staff next ask for suggestions.
    /// </summary>
    public void Forget(string sessionId)
    {
        _followed.TryRemove(sessionId, out _);
        foreach (var key in _sent.Keys.Where(k => k.SessionId == sessionId).ToList())
        {
            _sent.TryRemove(key, out _);
        }

        lock (_gate)
        {
            foreach (var key in _pending.Keys.Where(k => k.SessionId == sessionId).ToList())
            {
                _pending.Remove(key, out var pending);
                pending!.Timer.Dispose();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var pending in _pending.Values)
            {
                pending.Timer.Dispose();
            }

            _pending.Clear();
        }
    }

    // The animator's first moves (a group made, notes placed, a suggestion accepted) are what the remaining notes get
    // sorted by; a workshop already followed keeps the granularity staff chose.
    private void FollowGrouping(Session session, IReadOnlyList<StoredEvent> events)
    {
        foreach (var stored in events)
        {
            var workshopId = stored.Event switch
            {
                ClusterCreated e => e.WorkshopId,
                SuggestionAccepted e => e.WorkshopId,
                NotesPlaced { ClusterId: { } clusterId } => session.Clusters.FirstOrDefault(c => c.Id == clusterId)?.WorkshopId,
                _ => null,
            };
            if (workshopId is not null && InClusteringRound(session, workshopId))
            {
                _followed.GetOrAdd(session.Id, _ => new(StringComparer.Ordinal)).TryAdd(workshopId, new Follow(Granularity.Medium, WithGroups: false));
            }
        }
    }

    private static bool InClusteringRound(Session session, string workshopId) =>
        session.FindWorkshop(workshopId)?.ActiveRound is { Rules.Clustering: true };

    private static bool Changes(StreamEvent e) => e is NoteAdded or NoteEdited or NoteDeleted or NotesRevealed or NotesPlaced
        or ClusterCreated or ClusterDeleted or ClustersMerged or ClusterSplit or SuggestionAccepted or RoundStarted;

    private void Debounce((string SessionId, string WorkshopId) key)
    {
        var delay = options.Value.SuggestionDelay;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_pending.TryGetValue(key, out var pending))
            {
                // Wait for a quiet moment, but not forever while notes keep coming.
                var latest = pending.Since + options.Value.SuggestionMaxDelay;
                pending.Timer.Change(now + delay < latest ? delay : latest > now ? latest - now : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                return;
            }

            _pending[key] = new Pending(time.CreateTimer(_ => Fire(key), null, delay, Timeout.InfiniteTimeSpan), now);
        }
    }

    private void Fire((string SessionId, string WorkshopId) key)
    {
        lock (_gate)
        {
            if (!_pending.Remove(key, out var pending))
            {
                return;
            }

            pending.Timer.Dispose();
        }

        if (_followed.TryGetValue(key.SessionId, out var workshops) && workshops.TryGetValue(key.WorkshopId, out var follow)
            && !_requests.Writer.TryWrite(new SuggestionRequest(key.SessionId, key.WorkshopId, follow.Granularity, Explicit: false, follow.WithGroups)))
        {
            // The next change schedules another; an automatic suggestion is never worth blocking for.
            LogQueueFull(logger);
        }
    }

    private sealed record Pending(ITimer Timer, DateTimeOffset Since);

    private sealed record Follow(Granularity Granularity, bool WithGroups);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "The suggestion queue is full; an automatic suggestion was skipped.")]
    private static partial void LogQueueFull(ILogger logger);
}
