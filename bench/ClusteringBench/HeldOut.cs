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
    public static double GroupingAri(LabelledSet set, string themeColumn, string level, Granularity granularity, ClusteringOptions options, bool sameIdOnly = false)
    {
        var scores = new List<double>();
        var input = set.Ids.Select((id, i) => new ClusterableNote(id, set.Texts[i])).ToList();
        foreach (var (_, engine, _, isHeldOut) in Splits(set, themeColumn, options, sameIdOnly))
        {
            var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var groups = engine.Suggest(input, granularity);
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var id in groups[g].NoteIds)
                {
                    groupOf[id] = g;
                }
            }

            var rows = Enumerable.Range(0, set.Ids.Length).Where(isHeldOut).ToArray();
            scores.Add(Agreement.AdjustedRand(
                [.. rows.Select(i => set.Labels[level][i])],
                [.. rows.Select(i => "g" + groupOf[set.Ids[i]])]));
        }

        return scores.Average();
    }

    /// <summary>ARI of the automatic grouping on each theme's notes with the whole lexicon, averaged like the held-out one.</summary>
    public static double GroupingAriWithin(NoteClusterer engine, LabelledSet set, string themeColumn, string level, Granularity granularity)
    {
        var input = set.Ids.Select((id, i) => new ClusterableNote(id, set.Texts[i])).ToList();
        var groups = engine.Suggest(input, granularity);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g].NoteIds)
            {
                groupOf[id] = g;
            }
        }

        var themes = set.Labels[themeColumn];
        return themes.Distinct().Select(theme =>
        {
            var rows = Enumerable.Range(0, themes.Length).Where(i => themes[i] == theme).ToArray();
            return Agreement.AdjustedRand([.. rows.Select(i => set.Labels[level][i])], [.. rows.Select(i => "g" + groupOf[set.Ids[i]])]);
        }).Average();
    }

    /// <summary>Sorting on each held-out theme's remaining notes, pooled over the themes.</summary>
    public static double SortingShare(LabelledSet set, string themeColumn, string level, int placedPerGroup, Func<string, string>? title, ClusteringOptions options, bool sameIdOnly = false)
    {
        double right = 0, total = 0;
        foreach (var (_, engine, _, isHeldOut) in Splits(set, themeColumn, options, sameIdOnly))
        {
            var (notes, _, _) = Sorting.FirstMoves(set, level, placedPerGroup, title);
            var count = Enumerable.Range(0, notes.Count).Count(i => notes[i].ClusterId is null && isHeldOut(i));
            right += Sorting.Product(engine, set, level, placedPerGroup, title, isHeldOut) * count;
            total += count;
        }

        return right / total;
    }

    /// <summary>The one-note suggestion (the baseline) on each held-out theme's remaining notes, pooled, every named theme removed.</summary>
    public static double BaselineShare(LabelledSet set, string themeColumn, string level, int placedPerGroup, ClusteringOptions options)
    {
        double right = 0, total = 0;
        foreach (var (_, engine, _, isHeldOut) in Splits(set, themeColumn, options))
        {
            var (notes, _, _) = Sorting.FirstMoves(set, level, placedPerGroup, null);
            var count = Enumerable.Range(0, notes.Count).Count(i => notes[i].ClusterId is null && isHeldOut(i));
            right += Sorting.Baseline(engine, set, level, placedPerGroup, isHeldOut) * count;
            total += count;
        }

        return right / total;
    }
}
