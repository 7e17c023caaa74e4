namespace StartupTerritoire.ClusteringBench;

/// <summary>How many remaining notes were sorted right, out of how many: tallies of several held-out themes add up.</summary>
internal readonly record struct Tally(int Right, int Total)
{
    public double Share => Total == 0 ? 0 : (double)Right / Total;

    public static Tally operator +(Tally a, Tally b) => new(a.Right + b.Right, a.Total + b.Total);
}
