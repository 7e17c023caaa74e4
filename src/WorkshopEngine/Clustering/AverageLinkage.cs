namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// Agglomerative average-linkage clustering of units (single notes or groups that must stay whole) over a dense
/// note similarity matrix. A merge scores its average similarity times 1 − penalty × ln(merged size) / ln(n), and
/// merges go on, best first, while that score reaches the threshold. Each unit caches its best partner, so a merge
/// only rescans the rows that pointed at the two merged units: about O(n²) in all instead of O(n³).
/// Ties go to the lower unit indices, which follow note id order.
/// </summary>
internal static class AverageLinkage
{
    /// <param name="similarity">n × n symmetric note similarities, row-major.</param>
    /// <param name="n">The number of notes.</param>
    /// <param name="units">The notes of each starting unit, units ordered by their first note.</param>
    /// <param name="locked">Units that must stay alone (a note placed by hand outside any cluster).</param>
    /// <param name="threshold">The lowest penalised average similarity a merge may have.</param>
    /// <param name="penalty">The size penalty factor.</param>
    /// <returns>For each final group, the indices of the starting units it joins, in increasing order.</returns>
    public static List<List<int>> Cluster(float[] similarity, int n, List<List<int>> units, bool[] locked, double threshold, double penalty)
    {
        var m = units.Count;
        var sums = new double[m * m];
        for (var a = 0; a < m; a++)
        {
            for (var b = a + 1; b < m; b++)
            {
                double sum = 0;
                foreach (var i in units[a])
                {
                    var row = i * n;
                    foreach (var j in units[b])
                    {
                        sum += similarity[row + j];
                    }
                }

                sums[a * m + b] = sum;
                sums[b * m + a] = sum;
            }
        }

        var sizes = new int[m];
        var members = new List<int>[m];
        var active = new bool[m];
        for (var a = 0; a < m; a++)
        {
            sizes[a] = units[a].Count;
            members[a] = [a];
            active[a] = !locked[a];
        }

        // The penalty factor of every possible merged size, computed once: Score runs O(n²) times.
        var logN = Math.Log(Math.Max(n, 2));
        var factor = new double[n + 1];
        for (var size = 1; size <= n; size++)
        {
            factor[size] = 1 - penalty * Math.Log(size) / logN;
        }

        double Score(int a, int b) => sums[a * m + b] / ((double)sizes[a] * sizes[b]) * factor[sizes[a] + sizes[b]];

        var best = new int[m];
        var bestScore = new double[m];
        void Rescan(int a)
        {
            best[a] = -1;
            bestScore[a] = double.NegativeInfinity;
            for (var b = 0; b < m; b++)
            {
                if (b != a && active[b])
                {
                    var s = Score(a, b);
                    if (s > bestScore[a])
                    {
                        bestScore[a] = s;
                        best[a] = b;
                    }
                }
            }
        }

        for (var a = 0; a < m; a++)
        {
            if (active[a])
            {
                Rescan(a);
            }
        }

        while (true)
        {
            var from = -1;
            for (var a = 0; a < m; a++)
            {
                if (active[a] && best[a] >= 0 && (from < 0 || bestScore[a] > bestScore[from]))
                {
                    from = a;
                }
            }

            if (from < 0 || bestScore[from] < threshold)
            {
                break;
            }

            var keep = Math.Min(from, best[from]);
            var gone = Math.Max(from, best[from]);
            for (var k = 0; k < m; k++)
            {
                sums[keep * m + k] += sums[gone * m + k];
                sums[k * m + keep] = sums[keep * m + k];
            }

            sums[keep * m + keep] = 0;
            sizes[keep] += sizes[gone];
            members[keep].AddRange(members[gone]);
            active[gone] = false;
            for (var k = 0; k < m; k++)
            {
                if (!active[k])
                {
                    continue;
                }

                if (k == keep || best[k] == keep || best[k] == gone)
                {
                    Rescan(k);
                }
                else
                {
                    var s = Score(k, keep);
                    if (s > bestScore[k] || (s == bestScore[k] && keep < best[k]))
                    {
                        bestScore[k] = s;
                        best[k] = keep;
                    }
                }
            }
        }

        var groups = new List<List<int>>();
        for (var a = 0; a < m; a++)
        {
            if (active[a] || locked[a])
            {
                members[a].Sort();
                groups.Add(members[a]);
            }
        }

        return groups;
    }
}
