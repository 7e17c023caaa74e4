using System.Diagnostics;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// One session's stored events waiting to be sent, in sequence order. A single sender drains it; whatever queued up
/// while it was sending goes out in the next round as one batch per audience, so a burst of commands (a hall joining
/// at once) costs a few large sends rather than one send per command to every phone.
/// </summary>
internal sealed class BroadcastQueue
{
    /// <summary>
    /// Rounds of one session are at least this far apart. A note every 100 ms (a busy room) never waits; a join
    /// storm's hundreds of events a second go out as a few dozen batches a second instead of one each to every phone,
    /// since each send to every phone costs the server tens of microseconds.
    /// </summary>
    private static readonly TimeSpan s_roundSpacing = TimeSpan.FromMilliseconds(20);

    private long _lastRound;
    private readonly Lock _gate = new();
    private List<(PreparedBroadcast Broadcast, TaskCompletionSource Sent)> _waiting = [];
    private bool _sending;

    /// <summary>True when nothing waits to be sent and no sender runs: the session may leave memory without reordering.</summary>
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

    /// <summary>Queues a command's events; the task completes once they were handed to the connections.</summary>
    public Task Post(PreparedBroadcast broadcast, EventBroadcaster broadcaster)
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (_gate)
        {
            _waiting.Add((broadcast, sent));
            start = !_sending;
            _sending = true;
        }

        if (start)
        {
            _ = Task.Run(() => DrainAsync(broadcaster));
        }

        return sent.Task;
    }

    private async Task DrainAsync(EventBroadcaster broadcaster)
    {
        while (true)
        {
            List<(PreparedBroadcast Broadcast, TaskCompletionSource Sent)> round;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _sending = false;
                    return;
                }

                round = _waiting;
                _waiting = [];
            }

            var since = Stopwatch.GetElapsedTime(_lastRound);
            if (_lastRound != 0 && since < s_roundSpacing)
            {
                await Task.Delay(s_roundSpacing - since);
                lock (_gate)
                {
                    round.AddRange(_waiting);
                    _waiting = [];
                }
            }

            _lastRound = Stopwatch.GetTimestamp();

            // SendAsync logs its own failures and never throws: the events are stored, clients catch up with Sync.
            await broadcaster.SendAsync([.. round.Select(r => r.Broadcast)]);
            foreach (var (_, sent) in round)
            {
                sent.TrySetResult();
            }
        }
    }
}
