using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.ClusteringBench;

/// <summary>
/// Leave-one-theme-out: for each true theme of a set, the engine runs with a lexicon that no longer knows that theme,
/// and is scored on that theme's notes only. "Knows" is measured, not guessed: every lexicon theme that at least
/// <see cref="NamedShare"/> of the held-out notes name is removed, with its concepts, and the lexicon theme of the
/// same id when there is one. The milder split removes only the theme of the same id (notes_fr's themes are lexicon
/// themes; SIB-200's are not, so there it removes nothing).
/// </summary>
internal static class HeldOut
{
    public const double NamedShare = 0.15;

    /// <summary>For each held-out theme, the engine without it, and which rows are that theme's.</summary>
    public static IEnumerable<(string Theme, NoteClusterer Engine, HashSet<string> Removed, Func<int, bool> IsHeldOut)> Splits(LabelledSet set, string themeColumn, ClusteringOptions options, bool sameIdOnly = false)
    {
        var lexicon = ConceptLexicon.Default;
        var themes = set.Labels[themeColumn];
        var named = set.Texts.Select(t => lexicon.ThemesIn([.. ConceptLexicon.EngineAnalysis(t)])).ToArray();
        foreach (var theme in themes.Distinct().Order(StringComparer.Ordinal))
        {
            var rows = Enumerable.Range(0, themes.Length).Where(i => themes[i] == theme).ToArray();
            var removed = rows.Where(_ => !sameIdOnly).SelectMany(i => named[i]).GroupBy(t => t, StringComparer.Ordinal)
                .Where(g => g.Count() >= NamedShare * rows.Length)
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
            if (lexicon.ThemeIds.Contains(theme))
            {
                removed.Add(theme);
            }

            yield return (theme, new NoteClusterer(options, lexicon.WithoutThemes(removed)), removed, i => themes[i] == theme);
        }
    }

    /// <summary>ARI of the automatic grouping on each held-out theme's notes, averaged over the themes.</summary>
    public static double GroupingAri(LabelledSet set, string themeColumn, string level, Granularity granularity, ClusteringOptions options, bool sameIdOnly = false) =>
        Splits(set, themeColumn, options, sameIdOnly).Select(split => AriOn(set, level, set.GroupedBy(split.Engine, granularity), split.IsHeldOut)).Average();

    /// <summary>ARI of the automatic grouping on each theme's notes with the whole lexicon, averaged like the held-out one.</summary>
    public static double GroupingAriWithin(NoteClusterer engine, LabelledSet set, string themeColumn, string level, Granularity granularity)
    {
        var predicted = set.GroupedBy(engine, granularity);
        var themes = set.Labels[themeColumn];
        return themes.Distinct().Select(theme => AriOn(set, level, predicted, i => themes[i] == theme)).Average();
    }

    /// <summary>Sorting on each held-out theme's remaining notes, pooled over the themes.</summary>
    public static Tally SortingShare(LabelledSet set, string themeColumn, string level, int placedPerGroup, Func<string, string>? title, ClusteringOptions options, bool sameIdOnly = false) =>
        Splits(set, themeColumn, options, sameIdOnly).Aggregate(default(Tally), (sum, split) => sum + Sorting.Product(split.Engine, set, level, placedPerGroup, title, split.IsHeldOut));

    /// <summary>The one-note suggestion (the baseline) on each held-out theme's remaining notes, pooled, every named theme removed.</summary>
    public static Tally BaselineShare(LabelledSet set, string themeColumn, string level, int placedPerGroup, ClusteringOptions options) =>
        Splits(set, themeColumn, options).Aggregate(default(Tally), (sum, split) => sum + Sorting.Baseline(split.Engine, set, level, placedPerGroup, split.IsHeldOut));

    // ARI between the true labels and the predicted groups, on the rows kept.
    private static double AriOn(LabelledSet set, string level, string[] predicted, Func<int, bool> kept)
    {
        var rows = Enumerable.Range(0, set.Ids.Length).Where(kept).ToArray();
        return Agreement.AdjustedRand([.. rows.Select(i => set.Labels[level][i])], [.. rows.Select(i => predicted[i])]);
    }
}
