using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>Reads a target's resident memory (all its nodes) at a fixed interval while a run goes on, keeping the highest.</summary>
public sealed class PeakMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    private PeakMemory(ITarget target, TimeSpan every) => _sampling = Task.Run(async () =>
    {
        while (!_stop.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), target.Nodes.Sum(n => n.ResidentBytes)));
            await Task.Delay(every);
        }
    });

    /// <summary>The highest reading so far, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public static PeakMemory Watch(ITarget target, TimeSpan every) => new(target, every);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
