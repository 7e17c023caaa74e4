namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>Sorting the rest of the wall into the groups the animator made (<see cref="INoteClusterer.SuggestPlacements"/>).</summary>
public sealed partial class NoteClusterer
{
    /// <inheritdoc />
    /// <remarks>
    /// Each group is a profile per space (Rocchio): the mean of its notes' vectors plus its title's vector, weighted by
    /// <see cref="ClusteringOptions.TitleWeight"/>. A note goes to the group whose profile it is closest to, the spaces
    /// weighted as in <see cref="Suggest"/> but a space where the note or the profile is empty left out of the mean
    /// (a note naming no concept of the lexicon is judged on its words alone, not halved). Then the evening's own
    /// notes feed the groups back (pseudo-relevance feedback): the notes placed surely join their group's profile with
    /// <see cref="ClusteringOptions.FeedbackWeight"/>, and every note is judged again, for
    /// <see cref="ClusteringOptions.FeedbackRounds"/> rounds. The context (défi, project card) is one more document of the
    /// evening: its words, common to every note, weigh less.
    /// </remarks>
    public IReadOnlyList<Placement> SuggestPlacements(IReadOnlyList<ClusterableNote> notes, IReadOnlyList<PlacedGroup> groups, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(groups);
        var sorted = SortedById(notes);
        var groupIds = GroupIds(groups);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groupIds.Length; g++)
        {
            groupOf[groupIds[g]] = g;
        }

        var unplaced = new List<int>();
        for (var i = 0; i < sorted.Length; i++)
        {
            // A note the animator took out of its group by hand stays where they left it.
            if (sorted[i].ClusterId is null && !sorted[i].PlacedByHand)
            {
                unplaced.Add(i);
            }
        }

        if (unplaced.Count == 0 || groupIds.Length == 0)
        {
            return [];
        }

        // Documents: the notes, then one title per group (empty when none), then the context.
        var n = sorted.Length;
        var titles = new string[groupIds.Length];
        foreach (var group in groups)
        {
            var g = groupOf[group.ClusterId];
            titles[g] = string.IsNullOrWhiteSpace(titles[g]) ? group.Title ?? "" : titles[g];
        }

        var documents = new List<ClusterableNote>(n + titles.Length + 1);
        documents.AddRange(sorted);
        for (var g = 0; g < titles.Length; g++)
        {
            documents.Add(new ClusterableNote("", titles[g]));
        }

        if (!string.IsNullOrWhiteSpace(context))
        {
            documents.Add(new ClusterableNote("", context));
        }

        var spaces = WeightedSpaces(Analyze([.. documents]), _options.PlacementThemeWeight);
        // The notes the animator placed count fully; each round, the notes fed back count with the feedback weight.
        var placed = new List<(int Document, float Weight)>[groupIds.Length];
        for (var g = 0; g < placed.Length; g++)
        {
            placed[g] = [];
        }

        for (var i = 0; i < n; i++)
        {
            if (sorted[i].ClusterId is { } id && groupOf.TryGetValue(id, out var g))
            {
                placed[g].Add((i, 1f));
            }
        }

        var members = placed;
        var best = new int[unplaced.Count];
        var scores = new double[unplaced.Count][];
        for (var round = 0; ; round++)
        {
            var profiles = Profiles(spaces, members, n, (float)_options.TitleWeight);
            var margins = new double[unplaced.Count];
            for (var u = 0; u < unplaced.Count; u++)
            {
                scores[u] = Scores(spaces, profiles, unplaced[u]);
                (best[u], margins[u]) = Best(scores[u]);
            }

            if (round >= _options.FeedbackRounds)
            {
                break;
            }

            // The surer part of this round's placements feeds the next one; the others would mostly add noise.
            var order = Enumerable.Range(0, unplaced.Count).Where(u => best[u] >= 0).OrderByDescending(u => margins[u]).ThenBy(u => u).ToList();
            members = Array.ConvertAll(placed, p => new List<(int Document, float Weight)>(p));
            foreach (var u in order.Take((int)Math.Ceiling(order.Count * _options.FeedbackShare)))
            {
                members[best[u]].Add((unplaced[u], (float)_options.FeedbackWeight));
            }
        }

        var placements = new List<Placement>();
        for (var u = 0; u < unplaced.Count; u++)
        {
            var g = best[u];
            if (g >= 0 && scores[u][g] >= _options.PlacementThreshold)
            {
                placements.Add(new Placement(sorted[unplaced[u]].Id, groupIds[g], Math.Round(scores[u][g], 4)));
            }
        }

        return placements;
    }

    private static string[] GroupIds(IReadOnlyList<PlacedGroup> groups)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (group is null || string.IsNullOrEmpty(group.ClusterId))
            {
                throw new ArgumentException("A group is null or has no cluster id.", nameof(groups));
            }

            ids.Add(group.ClusterId);
        }

        return [.. ids];
    }

    // Per space, one dense profile per group: the weighted mean of its notes' vectors plus the title's vector.
    private static float[][][] Profiles(List<(SparseVector[] Vectors, double Weight, int Dimensions)> spaces, List<(int Document, float Weight)>[] members, int notes, float titleWeight)
    {
        var profiles = new float[spaces.Count][][];
        for (var s = 0; s < spaces.Count; s++)
        {
            var (vectors, _, dimensions) = spaces[s];
            profiles[s] = new float[members.Length][];
            for (var g = 0; g < members.Length; g++)
            {
                var profile = new float[dimensions];
                var total = 0f;
                foreach (var (document, weight) in members[g])
                {
                    total += weight;
                }

                foreach (var (document, weight) in members[g])
                {
                    var v = vectors[document];
                    for (var k = 0; k < v.Indices.Length; k++)
                    {
                        profile[v.Indices[k]] += weight / total * v.Values[k];
                    }
                }

                var title = vectors[notes + g];
                for (var k = 0; k < title.Indices.Length; k++)
                {
                    profile[title.Indices[k]] += titleWeight * title.Values[k];
                }

                // An empty profile (a group with neither notes nor title words in this space) is left out of the mean.
                profiles[s][g] = Normalize(profile) ? profile : [];
            }
        }

        return profiles;
    }

    private static bool Normalize(float[] profile)
    {
        double norm = 0;
        foreach (var x in profile)
        {
            norm += x * x;
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var k = 0; k < profile.Length; k++)
            {
                profile[k] *= scale;
            }
        }

        return norm > 0;
    }

    // The note's score for every group: the weighted mean of its cosines to the group's profiles.
    private static double[] Scores(List<(SparseVector[] Vectors, double Weight, int Dimensions)> spaces, float[][][] profiles, int note)
    {
        var groups = profiles.Length == 0 ? 0 : profiles[0].Length;
        var scores = new double[groups];
        for (var g = 0; g < groups; g++)
        {
            double sum = 0, weights = 0;
            for (var s = 0; s < spaces.Count; s++)
            {
                var v = spaces[s].Vectors[note];
                var profile = profiles[s][g];
                if (v.Indices.Length == 0 || profile.Length == 0)
                {
                    continue;
                }

                double dot = 0;
                for (var k = 0; k < v.Indices.Length; k++)
                {
                    dot += v.Values[k] * profile[v.Indices[k]];
                }

                sum += spaces[s].Weight * dot;
                weights += spaces[s].Weight;
            }

            scores[g] = weights > 0 ? sum / weights : 0;
        }

        return scores;
    }

    // The best group (-1 when every score is 0, ties to the lower index) and its lead over the second.
    private static (int Group, double Margin) Best(double[] scores)
    {
        int best = -1;
        double first = 0, second = 0;
        for (var g = 0; g < scores.Length; g++)
        {
            if (scores[g] > first)
            {
                second = first;
                first = scores[g];
                best = g;
            }
            else if (scores[g] > second)
            {
                second = scores[g];
            }
        }

        return (best, first - second);
    }
}
