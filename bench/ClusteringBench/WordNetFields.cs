using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.ClusteringBench;

/// <summary>
/// A trial of two general resources Debian ships: the French–English FreeDict dictionary (<c>dict-freedict-fra-eng</c>)
/// and the English WordNet (<c>wordnet-base</c>). Each French word is translated, each translation's most frequent
/// WordNet sense gives its hypernyms (below the most general levels), and the note's text is expanded with one token
/// per hypernym, so that "médecin" and "infirmière" meet under "health professional".
/// </summary>
internal static partial class WordNetFields
{
    private const string Dictionary = "/usr/share/dictd/freedict-fra-eng.dict.dz";
    private const string WordNet = "/usr/share/wordnet";

    public static Dictionary<string, string[]>? Load(int skipTopLevels)
    {
        if (!File.Exists(Dictionary) || !Directory.Exists(WordNet))
        {
            return null;
        }

        var firstSense = new Dictionary<string, string>(StringComparer.Ordinal);
        var hypernyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var pos in new[] { "noun", "verb" })
        {
            foreach (var line in File.ReadLines(Path.Combine(WordNet, "index." + pos)))
            {
                if (line.StartsWith(' '))
                {
                    continue;
                }

                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var senses = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                firstSense.TryAdd(parts[0], pos[0] + parts[^senses]);
            }

            foreach (var line in File.ReadLines(Path.Combine(WordNet, "data." + pos)))
            {
                if (line.StartsWith(' '))
                {
                    continue;
                }

                var parts = line.Split(' ');
                var words = int.Parse(parts[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                var at = 4 + (2 * words);
                var pointers = int.Parse(parts[at], System.Globalization.CultureInfo.InvariantCulture);
                var up = new List<string>();
                for (var p = 0; p < pointers; p++)
                {
                    var symbol = parts[at + 1 + (4 * p)];
                    if (symbol is "@" or "@i")
                    {
                        up.Add(pos[0] + parts[at + 2 + (4 * p)]);
                    }
                }

                hypernyms[pos[0] + parts[0]] = [.. up];
            }
        }

        // The chain of first hypernyms from a synset to the top, the synset itself first.
        string[] Chain(string synset)
        {
            var chain = new List<string> { synset };
            while (hypernyms.TryGetValue(chain[^1], out var up) && up.Length > 0 && chain.Count < 20)
            {
                chain.Add(up[0]);
            }

            return [.. chain];
        }

        var text = ReadDictionary();
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match entry in Entry().Matches(text))
        {
            var french = entry.Groups[1].Value.Trim();
            if (french.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var stem = FrenchText.Stem(french);
            foreach (var english in entry.Groups[2].Value.Split(',', ';'))
            {
                var key = Regex.Replace(english.Trim().ToLowerInvariant(), @"^\d+\.\s*", "").Replace(' ', '_');
                if (firstSense.TryGetValue(key, out var synset))
                {
                    var chain = Chain(synset);
                    if (!byStem.TryGetValue(stem, out var set))
                    {
                        byStem[stem] = set = [];
                    }

                    // The most general levels (entity, object, act…) would join everything.
                    foreach (var s in skipTopLevels > 0 ? chain.Take(Math.Max(0, chain.Length - skipTopLevels)) : chain.Take(-skipTopLevels))
                    {
                        set.Add("wn" + s);
                    }
                }
            }
        }

        return byStem.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static string ReadDictionary()
    {
        using var file = File.OpenRead(Dictionary);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // "mot /phonétique/ <n, masc>\ntraduction, traduction"
    [GeneratedRegex(@"^([^\n/]+?) /[^/\n]*/ <[^>\n]*>\n([^\n]+)", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
