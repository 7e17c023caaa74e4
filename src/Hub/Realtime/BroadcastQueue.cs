using System.Diagnostics;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// One session's stored events waiting to be sent, per audience, in sequence order. A single sender drains it in
/// rounds; whatever queued up while it was sending goes out in the next round as one batch per audience, so a burst
/// of commands (a hall joining at once) costs a few large sends rather than one send per command to every phone.
/// </summary>
/// <remarks>
/// The public audience (every phone and board) is patient with arrivals (<see cref="AudienceEvents.MayWait"/>):
/// those events wait up to <see cref="EventBroadcaster.ArrivalBatchWindow"/> and go out together, while the staff's
/// audiences still get them every round. Phones and boards only count arrivals, so a hall arriving over 1.5 s (S2)
/// reaches every phone in about 6 batches instead of one every round (about 75), and a board's count stays true
/// within a quarter of a second. Anything else for the public audience sends what waits first, in the same batch,
/// so every client still receives every sequence number in order and never sees a gap.
/// Why 250 ms and not a second: a phone that connects receives the arrivals still waiting, though its snapshot
/// already counts them. Held for a second, S2's phones each received about 0.5 s of such repeats (64–73 KB a phone
/// against 45–52 KB sent every round) and the server spent more CPU for the storm in both runs (5.4 s against 4.9 s,
/// 4.6 s against 3.7 s, on a shared machine); a quarter of a second keeps both close to sending every round.
/// </remarks>
internal sealed class BroadcastQueue(string sessionId)
{
    /// <summary>
    /// Rounds of one session are at least this far apart. A note every 100 ms (a busy room) never waits; a join
    /// storm's hundreds of events a second go out as a few dozen batches a second instead of one each to every phone,
    /// since each send to every phone costs the server tens of microseconds.
    /// </summary>
    private static readonly TimeSpan s_roundSpacing = TimeSpan.FromMilliseconds(20);

    private readonly Lock _gate = new();
    private List<PreparedBroadcast> _waiting = [];
    private bool _sending;
    // Set while the sender sleeps with patient events held back, so that anything new wakes it.
    private TaskCompletionSource? _wake;

    // Only the sender touches these.
    private readonly Dictionary<string, Held> _held = new(StringComparer.Ordinal);
    private long _lastRound;

    /// <summary>
    /// True when nothing waits to be sent (held arrivals included: the sender runs while it holds them) and no sender
    /// runs: the session may leave memory without reordering.
    /// </summary>
    public bool IsIdle
    {
        get
        {
            lock (_gate)
            {
                return !_sending && _waiting.Count == 0;
            }
        }
    }

    /// <summary>Queues a command's events; they go out in order after those queued before.</summary>
    public void Post(PreparedBroadcast broadcast, EventBroadcaster broadcaster)
    {
        bool start;
        TaskCompletionSource? wake;
        lock (_gate)
        {
            _waiting.Add(broadcast);
            start = !_sending;
            _sending = true;
            (wake, _wake) = (_wake, null);
        }

        wake?.TrySetResult();
        if (start)
        {
            _ = Task.Run(() => DrainAsync(broadcaster));
        }
    }

    private async Task DrainAsync(EventBroadcaster broadcaster)
    {
        while (true)
        {
            List<PreparedBroadcast> round;
            Task? wake = null;
            lock (_gate)
            {
                if (_waiting.Count == 0 && _held.Count == 0)
                {
                    _sending = false;
                    return;
                }

                round = Take();
                if (round.Count == 0)
                {
                    _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wake = _wake.Task;
                }
            }

            if (wake is not null)
            {
                // Only patient events wait: sleep until the first of them is due, or until something new comes.
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _held.Values.Min(h => h.DueAt));
                if (left > TimeSpan.Zero)
                {
                    await wake.WaitAsync(left).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                lock (_gate)
                {
                    _wake = null;
                    round = Take();
                }
            }

            var since = Stopwatch.GetElapsedTime(_lastRound);
            if (_lastRound != 0 && since < s_roundSpacing)
            {
                await Task.Delay(s_roundSpacing - since);
                lock (_gate)
                {
                    round.AddRange(Take());
                }
            }

            _lastRound = Stopwatch.GetTimestamp();
            foreach (var audience in round.SelectMany(b => b.Audiences))
            {
                Hold(audience, _lastRound, broadcaster.ArrivalBatchWindow);
            }

            var due = _held.Where(h => h.Value.DueAt <= _lastRound).Select(h => (h.Key, (IReadOnlyList<EventMessage>)h.Value.Events)).ToList();
            foreach (var (group, _) in due)
            {
                _held.Remove(group);
            }

            // SendAsync logs its own failures and never throws: the events are stored, clients catch up with Sync.
            if (due.Count > 0)
            {
                await broadcaster.SendAsync(sessionId, due);
            }
        }
    }

    private List<PreparedBroadcast> Take()
    {
        var taken = _waiting;
        _waiting = [];
        return taken;
    }

    private void Hold(AudienceEvents audience, long now, TimeSpan window)
    {
        if (!_held.TryGetValue(audience.Group, out var held))
        {
            _held[audience.Group] = held = new Held(audience.MayWait ? now + (long)(window.TotalSeconds * Stopwatch.Frequency) : now);
        }
        else if (!audience.MayWait)
        {
            held.DueAt = now;
        }

        held.Events.AddRange(audience.Events);
    }

    /// <summary>One audience's events waiting to be sent, in order, and when they must go.</summary>
    private sealed class Held(long dueAt)
    {
        public long DueAt { get; set; } = dueAt;

        public List<EventMessage> Events { get; } = [];
    }
}
