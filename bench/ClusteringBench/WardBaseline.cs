using System.Text.RegularExpressions;

namespace StartupTerritoire.ClusteringBench;

/// <summary>
/// The baseline of the issue: plain word TF-IDF (lower-cased, split on non-letters, no stemming, raw tf, smoothed
/// idf, L2) with Ward linkage (Lance–Williams on squared Euclidean distances) cut at a given number of groups.
/// </summary>
internal static class WardBaseline
{
    public static string[] Cluster(string[] texts, int groups)
    {
        var vectors = Vectorize(texts);
        var n = texts.Length;
        var distance = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var d = Math.Max(0, 2 - 2 * Dot(vectors[i], vectors[j]));
                distance[i * n + j] = d;
                distance[j * n + i] = d;
            }
        }

        var merges = NearestNeighbourChain(distance, n);
        // Ward is reducible, so the chain's merges replayed by height give the same tree as the greedy order.
        merges.Sort((a, b) => a.Height.CompareTo(b.Height));
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var clusters = n;
        foreach (var (a, b, _) in merges)
        {
            if (clusters <= groups)
            {
                break;
            }

            parent[Find(b)] = Find(a);
            clusters--;
        }

        return Enumerable.Range(0, n).Select(i => "w" + Find(i)).ToArray();
    }

    private static List<(int A, int B, double Height)> NearestNeighbourChain(double[] distance, int n)
    {
        var size = Enumerable.Repeat(1, n).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        var merges = new List<(int, int, double)>();
        var chain = new List<int>();
        var remaining = n;
        while (remaining > 1)
        {
            if (chain.Count == 0)
            {
                chain.Add(Array.IndexOf(active, true));
            }

            var top = chain[^1];
            var previous = chain.Count > 1 ? chain[^2] : -1;
            var nearest = -1;
            var best = double.PositiveInfinity;
            for (var k = 0; k < n; k++)
            {
                if (k != top && active[k] && (distance[top * n + k] < best || (distance[top * n + k] == best && k == previous)))
                {
                    best = distance[top * n + k];
                    nearest = k;
                }
            }

            if (nearest != previous)
            {
                chain.Add(nearest);
                continue;
            }

            chain.RemoveRange(chain.Count - 2, 2);
            int a = Math.Min(top, nearest), b = Math.Max(top, nearest);
            merges.Add((a, b, best));
            var dab = distance[a * n + b];
            for (var k = 0; k < n; k++)
            {
                if (!active[k] || k == a || k == b)
                {
                    continue;
                }

                var d = ((size[k] + size[a]) * distance[k * n + a] + (size[k] + size[b]) * distance[k * n + b] - size[k] * dab)
                    / (size[a] + size[b] + size[k]);
                distance[k * n + a] = d;
                distance[a * n + k] = d;
            }

            size[a] += size[b];
            active[b] = false;
            remaining--;
        }

        return merges;
    }

    private static Dictionary<string, double>[] Vectorize(string[] texts)
    {
        var counts = texts.Select(t =>
        {
            var words = new Dictionary<string, double>();
            foreach (var w in Regex.Split(t.ToLowerInvariant(), @"\P{L}+"))
            {
                if (w.Length > 0)
                {
                    words[w] = words.GetValueOrDefault(w) + 1;
                }
            }

            return words;
        }).ToArray();
        var df = new Dictionary<string, int>();
        foreach (var w in counts.SelectMany(c => c.Keys))
        {
            df[w] = df.GetValueOrDefault(w) + 1;
        }

        foreach (var c in counts)
        {
            foreach (var w in c.Keys.ToList())
            {
                c[w] *= Math.Log((1.0 + texts.Length) / (1.0 + df[w])) + 1;
            }

            var norm = Math.Sqrt(c.Values.Sum(v => v * v));
            foreach (var w in c.Keys.ToList())
            {
                c[w] /= norm == 0 ? 1 : norm;
            }
        }

        return counts;
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var sum = 0.0;
        foreach (var (w, v) in a)
        {
            if (b.TryGetValue(w, out var u))
            {
                sum += v * u;
            }
        }

        return sum;
    }
}
