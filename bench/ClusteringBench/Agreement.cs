namespace StartupTerritoire.ClusteringBench;

/// <summary>Agreement between two partitions: adjusted Rand index and NMI (arithmetic-mean normalisation).</summary>
internal static class Agreement
{
    public static double AdjustedRand(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var (table, rows, columns, n) = Contingency(truth, predicted);
        static double Pairs(double x) => x * (x - 1) / 2;
        var index = table.Values.Sum(Pairs);
        var sumRows = rows.Values.Sum(Pairs);
        var sumColumns = columns.Values.Sum(Pairs);
        var expected = sumRows * sumColumns / Pairs(n);
        var max = (sumRows + sumColumns) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    public static double NormalizedMutualInformation(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var (table, rows, columns, n) = Contingency(truth, predicted);
        var mutual = 0.0;
        foreach (var ((r, c), count) in table)
        {
            mutual += count / n * Math.Log(count * n / (rows[r] * columns[c]));
        }

        static double Entropy(IEnumerable<double> counts, double n) => -counts.Sum(c => c / n * Math.Log(c / n));
        var mean = (Entropy(rows.Values, n) + Entropy(columns.Values, n)) / 2;
        return mean == 0 ? 1.0 : mutual / mean;
    }

    private static (Dictionary<(string, string), double> Table, Dictionary<string, double> Rows, Dictionary<string, double> Columns, double N)
        Contingency(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var table = new Dictionary<(string, string), double>();
        var rows = new Dictionary<string, double>();
        var columns = new Dictionary<string, double>();
        for (var i = 0; i < truth.Count; i++)
        {
            table[(truth[i], predicted[i])] = table.GetValueOrDefault((truth[i], predicted[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            columns[predicted[i]] = columns.GetValueOrDefault(predicted[i]) + 1;
        }

        return (table, rows, columns, truth.Count);
    }
}
