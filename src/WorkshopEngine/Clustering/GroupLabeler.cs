using System.Text;

namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// Names groups: class-based TF-IDF over stems (a stem's share of the group's words times
/// ln(1 + average words per group / its frequency over all groups)), each stem shown in its most frequent written
/// form, led by a bigram of adjacent words when one occurs in at least two notes of the group.
/// </summary>
internal static class GroupLabeler
{
    private const int TermCount = 3;
    private const int SubtitleLength = 120;

    public static List<string> Label(IReadOnlyList<AnalyzedText> texts, List<List<int>> groups)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupCounts = new List<Dictionary<string, int>>(groups.Count);
        var groupSizes = new int[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var note in groups[g])
            {
                foreach (var token in texts[note].Tokens)
                {
                    counts[token.Stem] = counts.GetValueOrDefault(token.Stem) + 1;
                    total[token.Stem] = total.GetValueOrDefault(token.Stem) + 1;
                    groupSizes[g]++;
                }
            }

            groupCounts.Add(counts);
        }

        var averageWords = Math.Max(1.0, groupSizes.Sum() / (double)Math.Max(1, groups.Count));
        var labels = new List<string>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (stem, count) in groupCounts[g])
            {
                scores[stem] = count / (double)groupSizes[g] * Math.Log(1 + averageWords / total[stem]);
            }

            labels.Add(LabelOf(texts, groups[g], scores));
        }

        return labels;
    }

    /// <summary>The note of the group with the highest mean similarity to the others, ties to the first.</summary>
    public static int Central(List<int> group, float[] similarity, int n)
    {
        var central = group[0];
        var bestMean = double.NegativeInfinity;
        foreach (var i in group)
        {
            double sum = 0;
            foreach (var j in group)
            {
                if (i != j)
                {
                    sum += similarity[i * n + j];
                }
            }

            if (sum > bestMean)
            {
                bestMean = sum;
                central = i;
            }
        }

        return central;
    }

    /// <summary>A note's text on one line, cut at a word boundary near 120 characters.</summary>
    public static string Subtitle(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c);
            if (!blank)
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        var oneLine = line.ToString().Trim();
        if (oneLine.Length <= SubtitleLength)
        {
            return oneLine;
        }

        var cut = oneLine.LastIndexOf(' ', SubtitleLength - 1);
        return oneLine[..(cut > SubtitleLength / 2 ? cut : SubtitleLength - 1)].TrimEnd() + "…";
    }

    private static string LabelOf(IReadOnlyList<AnalyzedText> texts, List<int> group, Dictionary<string, double> scores)
    {
        var ranked = scores.Keys.ToList();
        ranked.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : string.CompareOrdinal(a, b));
        if (ranked.Count == 0)
        {
            return "";
        }

        var surfaces = SurfacesOf(texts, group);
        var parts = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var bigram = BestBigram(texts, group, scores);
        if (bigram is { } b)
        {
            parts.Add(b.Surface);
            used.Add(b.First);
            used.Add(b.Second);
        }

        var wanted = bigram is null ? TermCount : TermCount - 1;
        foreach (var stem in ranked)
        {
            if (parts.Count >= wanted)
            {
                break;
            }

            if (used.Add(stem))
            {
                parts.Add(MostFrequent(surfaces[stem]));
            }
        }

        return string.Join(", ", parts);
    }

    private static Dictionary<string, Dictionary<string, int>> SurfacesOf(IReadOnlyList<AnalyzedText> texts, List<int> group)
    {
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var note in group)
        {
            foreach (var token in texts[note].Tokens)
            {
                if (!surfaces.TryGetValue(token.Stem, out var forms))
                {
                    surfaces[token.Stem] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                forms[token.Surface] = forms.GetValueOrDefault(token.Surface) + 1;
            }
        }

        return surfaces;
    }

    // The most frequent form; on a tie the accented one, since notes typed without accents are the typos.
    private static string MostFrequent(Dictionary<string, int> forms)
    {
        string? best = null;
        foreach (var (form, count) in forms)
        {
            if (best is null || count > forms[best] || (count == forms[best] && Compare(form, best) < 0))
            {
                best = form;
            }
        }

        return best!;

        static int Compare(string a, string b)
        {
            var accents = Accents(b).CompareTo(Accents(a));
            return accents != 0 ? accents : string.CompareOrdinal(a, b);
        }

        static int Accents(string s) => s.Count(c => c > 127);
    }

    private static (string First, string Second, string Surface)? BestBigram(IReadOnlyList<AnalyzedText> texts, List<int> group, Dictionary<string, double> scores)
    {
        var notesWith = new Dictionary<(string, string), int>();
        var forms = new Dictionary<(string, string), Dictionary<string, int>>();
        foreach (var note in group)
        {
            var tokens = texts[note].Tokens;
            var seen = new HashSet<(string, string)>();
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Position != tokens[i - 1].Position + 1 || tokens[i].Stem == tokens[i - 1].Stem)
                {
                    continue;
                }

                var key = (tokens[i - 1].Stem, tokens[i].Stem);
                if (seen.Add(key))
                {
                    notesWith[key] = notesWith.GetValueOrDefault(key) + 1;
                }

                if (!forms.TryGetValue(key, out var surfaces))
                {
                    forms[key] = surfaces = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                var surface = tokens[i - 1].Surface + " " + tokens[i].Surface;
                surfaces[surface] = surfaces.GetValueOrDefault(surface) + 1;
            }
        }

        (string, string)? best = null;
        double bestScore = 0;
        foreach (var (key, count) in notesWith)
        {
            if (count < 2)
            {
                continue;
            }

            var score = count + scores[key.Item1] + scores[key.Item2];
            if (best is null || score > bestScore || (score == bestScore && string.CompareOrdinal(key.Item1 + " " + key.Item2, best.Value.Item1 + " " + best.Value.Item2) < 0))
            {
                best = key;
                bestScore = score;
            }
        }

        return best is { } k ? (k.Item1, k.Item2, MostFrequent(forms[k])) : null;
    }
}
