using System.Globalization;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.ClusteringBench;

/// <summary>
/// Sorting from the animator's first moves: some notes of each true group are placed (the first ones in file order),
/// optionally with a title, and the rest is sorted. Scored as the share of the remaining notes suggested into their
/// true group; a note left unplaced counts as wrong.
/// </summary>
internal static class Sorting
{
    /// <summary>The engine's sorting: the remaining notes it put right, among those <paramref name="scored"/> keeps (all when null).</summary>
    public static Tally Product(NoteClusterer engine, LabelledSet set, string level, int placedPerGroup, Func<string, string>? title, Func<int, bool>? scored = null)
    {
        var (notes, groups, truth) = FirstMoves(set, level, placedPerGroup, title);
        var suggested = engine.SuggestPlacements(notes, groups).ToDictionary(p => p.NoteId, p => p.ClusterId, StringComparer.Ordinal);
        return Score(notes, truth, scored, i => suggested.GetValueOrDefault(notes[i].Id));
    }

    /// <summary>The engine before sorting existed: each remaining note suggested on its own against the placed notes.</summary>
    public static Tally Baseline(NoteClusterer engine, LabelledSet set, string level, int placedPerGroup, Func<int, bool>? scored = null)
    {
        var (notes, _, truth) = FirstMoves(set, level, placedPerGroup, null);
        var placed = notes.Where(n => n.ClusterId is not null).ToList();
        return Score(notes, truth, scored, i => engine.SuggestFor(notes[i], placed, Granularity.Medium));
    }

    public static (List<ClusterableNote> Notes, List<PlacedGroup> Groups, string[] Truth) FirstMoves(LabelledSet set, string level, int placedPerGroup, Func<string, string>? title)
    {
        var truth = set.Labels[level];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var notes = new List<ClusterableNote>(set.Ids.Length);
        for (var i = 0; i < set.Ids.Length; i++)
        {
            var count = seen.GetValueOrDefault(truth[i]);
            seen[truth[i]] = count + 1;
            notes.Add(new ClusterableNote(set.Ids[i], set.Texts[i], count < placedPerGroup ? truth[i] : null));
        }

        var groups = seen.Keys.Order(StringComparer.Ordinal).Select(g => new PlacedGroup(g, title?.Invoke(g) ?? "")).ToList();
        return (notes, groups, truth);
    }

    private static Tally Score(List<ClusterableNote> notes, string[] truth, Func<int, bool>? scored, Func<int, string?> suggest)
    {
        int total = 0, right = 0;
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i].ClusterId is null && (scored?.Invoke(i) ?? true))
            {
                total++;
                right += suggest(i) == truth[i] ? 1 : 0;
            }
        }

        return new Tally(right, total);
    }

    /// <summary>A title as an animator would write it from a code: "repair_cafe" → "repair cafe".</summary>
    public static string TitleOfCode(string code) => code.Replace('_', ' ');

    /// <summary>SIB-200's topics under the French names an animator would give them.</summary>
    public static string FrenchTopic(string category) => category switch
    {
        "science/technology" => "sciences et technologie",
        "travel" => "voyage",
        "politics" => "politique",
        "sports" => "sport",
        "health" => "santé",
        "entertainment" => "divertissement",
        "geography" => "géographie",
        _ => category,
    };

    public static string Percent(Tally tally) => (tally.Share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
