namespace StartupTerritoire.LiveBench.Targets;

/// <summary>Runs many connection or join steps with a bounded number in flight, as phones arriving do.</summary>
public static class Concurrently
{
    public static async Task<T[]> RunAsync<T>(int count, int inFlight, Func<int, Task<T>> step, CancellationToken cancellationToken)
    {
        var results = new T[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (i, _) =>
            results[i] = await step(i));
        return results;
    }
}
