using System.Text;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.ClusteringBench;

/// <summary>
/// A trial of a general French resource: the thesaurus Debian ships in <c>mythes-fr</c>. Each note's text is expanded
/// with the first synonyms of each of its words (matched by stem), and the sorting is measured on the expanded texts.
/// </summary>
internal static class ThesaurusExpansion
{
    public const string DebianPath = "/usr/share/mythes/thes_fr.dat";

    public static Dictionary<string, string[]>? Load(int synonymsPerMeaning, bool mutualOnly = false)
    {
        if (!File.Exists(DebianPath))
        {
            return null;
        }

        var byStem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(DebianPath, Encoding.UTF8);
        for (var i = 1; i < lines.Length; i++)
        {
            var head = lines[i].Split('|');
            if (head.Length != 2 || !int.TryParse(head[1], out var meanings))
            {
                continue;
            }

            var stem = FrenchText.Stem(head[0]);
            if (!byStem.TryGetValue(stem, out var list))
            {
                byStem[stem] = list = [];
            }

            for (var m = 1; m <= meanings && i + m < lines.Length; m++)
            {
                list.AddRange(lines[i + m].Split('|').Skip(1).Take(synonymsPerMeaning).Where(w => !w.Contains(' ', StringComparison.Ordinal)));
            }

            i += meanings;
        }

        if (!mutualOnly)
        {
            return byStem.ToDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
        }

        // Only synonyms that name each other back: "vélo" and "bicyclette", not "réparer" and "venger". Each word is
        // stemmed once: the analyzer is the slow part.
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        string StemOf(string word) => stems.TryGetValue(word, out var stem) ? stem : stems[word] = FrenchText.Stem(word);
        return byStem.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Distinct().Where(w => byStem.TryGetValue(StemOf(w), out var back) && back.Any(b => StemOf(b) == kv.Key)).ToArray(),
            StringComparer.Ordinal);
    }
}
