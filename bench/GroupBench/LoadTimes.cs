namespace StartupTerritoire.GroupBench;

/// <summary>The times of one kind of load, in milliseconds, and their median and 95th percentile.</summary>
internal sealed class LoadTimes(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public double Median => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Max => _milliseconds.Max();

    // Nearest rank: the smallest time at or below which this share of the loads fall.
    private double Percentile(double share)
    {
        var sorted = _milliseconds.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }
}
