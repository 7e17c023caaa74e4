using System.Diagnostics;
using HdrHistogram;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>
/// The load generator's own stalls while a run lasts: a thread asks to wake every millisecond and records how late it
/// wakes (its collector's pauses, the scheduler giving both cores to the server). A late delivery that lines up
/// with a stall here is the generator's, not the server's.
/// </summary>
public sealed class Stalls : IDisposable
{
    private static readonly TimeSpan s_period = TimeSpan.FromMilliseconds(1);
    private readonly LongHistogram _lateness = new(1, 60_000_000, 3);
    private readonly Thread _thread;
    private readonly TimeSpan _pauseBefore = GC.GetTotalPauseDuration();
    private volatile bool _stopped;

    private Stalls()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "stall meter", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    public static Stalls Start() => new();

    /// <summary>Stops measuring; returns the lateness p99 and max (ms) and the generator's collector pauses (ms) over the run.</summary>
    public (double P99Ms, double MaxMs, double GcPauseMs) Stop()
    {
        _stopped = true;
        _thread.Join();
        lock (_lateness)
        {
            return (_lateness.GetValueAtPercentile(99) / 1000.0, _lateness.GetMaxValue() / 1000.0, (GC.GetTotalPauseDuration() - _pauseBefore).TotalMilliseconds);
        }
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Run()
    {
        while (!_stopped)
        {
            var before = Stopwatch.GetTimestamp();
            Thread.Sleep(s_period);
            var late = Stopwatch.GetElapsedTime(before) - s_period;
            lock (_lateness)
            {
                _lateness.RecordValue(Math.Max(1, (long)late.TotalMicroseconds));
            }
        }
    }
}
