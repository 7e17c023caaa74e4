namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// The offline French suggestion engine. Two notes are compared by the weighted mean of three cosines: word TF-IDF
/// over light stems and stem bigrams (Lucene's French chain, accents folded first so that "ecole" meets "école"),
/// character 3–5-gram TF-IDF over the folded words (typos, word families) and, when a lexicon is given, TF-IDF over
/// the concepts its stems evoke, a concept named by an expression counting more than one named by a single word.
/// Notes are grouped by average-linkage agglomeration with a size penalty, down to the threshold of the granularity
/// (<see cref="ClusteringOptions.ThresholdFor"/>).
/// </summary>
/// <remarks>
/// Constraints: notes sharing a <see cref="ClusterableNote.ClusterId"/> start together and are never split; two such
/// clusters may be merged, and the group then extends the one with more notes (ties to the lower id). A note placed
/// by hand moves only with its cluster; placed by hand outside any cluster, it stays alone. Notes are processed in
/// ordinal id order, so the result does not depend on input order. Instances are thread-safe.
/// </remarks>
public sealed partial class NoteClusterer : INoteClusterer
{
    private const int CacheCapacity = 8192;

    private readonly ClusteringOptions _options;
    private readonly ConceptLexicon? _lexicon;
    private readonly Dictionary<string, AnalyzedText> _cache = new(StringComparer.Ordinal);
    private readonly Lock _cacheLock = new();

    /// <summary>An engine with the lexicon of the territory's themes written for the product.</summary>
    /// <param name="options">Weights and thresholds; <see cref="ClusteringOptions.Default"/> when null.</param>
    public NoteClusterer(ClusteringOptions? options = null)
        : this(options, ConceptLexicon.Default)
    {
    }

    /// <summary>An engine with another lexicon, or none (no concept or theme space).</summary>
    internal NoteClusterer(ClusteringOptions? options, ConceptLexicon? lexicon)
    {
        _options = options ?? ClusteringOptions.Default;
        _lexicon = lexicon;
    }

    /// <summary>The engine's options.</summary>
    public ClusteringOptions Options => _options;

    /// <inheritdoc />
    public IReadOnlyList<SuggestedGroup> Suggest(IReadOnlyList<ClusterableNote> notes, Granularity granularity)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(granularity);
        var sorted = SortedById(notes);
        var n = sorted.Length;
        if (n == 0)
        {
            return [];
        }

        var texts = Analyze(sorted);
        var similarity = Similarities(texts, granularity);

        // Starting units: one per existing cluster (at its first note), one per free note.
        var units = new List<List<int>>();
        var locked = new List<bool>();
        var unitOfCluster = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var clusterId = sorted[i].ClusterId;
            if (clusterId is not null && unitOfCluster.TryGetValue(clusterId, out var unit))
            {
                units[unit].Add(i);
                continue;
            }

            if (clusterId is not null)
            {
                unitOfCluster[clusterId] = units.Count;
            }

            units.Add([i]);
            locked.Add(clusterId is null && sorted[i].PlacedByHand);
        }

        var merged = AverageLinkage.Cluster(similarity, n, units, [.. locked], _options.ThresholdFor(granularity), _options.SizePenalty);
        var groups = new List<List<int>>(merged.Count);
        foreach (var unitIndices in merged)
        {
            var group = new List<int>();
            foreach (var u in unitIndices)
            {
                group.AddRange(units[u]);
            }

            group.Sort();
            groups.Add(group);
        }

        groups.Sort((a, b) => a[0].CompareTo(b[0]));
        var labels = GroupLabeler.Label(texts, groups);
        var result = new List<SuggestedGroup>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var central = GroupLabeler.Central(group, similarity, n);
            result.Add(new SuggestedGroup(
                ExistingClusterOf(sorted, group),
                labels[g],
                GroupLabeler.Subtitle(sorted[central].Text),
                group.ConvertAll(i => sorted[i].Id)));
        }

        return result;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The note's similarity to a cluster is its average similarity to the cluster's notes, without size penalty;
    /// the best cluster (ties to the lower id) is returned when it reaches the granularity's threshold.
    /// </remarks>
    public string? SuggestFor(ClusterableNote note, IReadOnlyList<ClusterableNote> clustered, Granularity granularity)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(clustered);
        ArgumentNullException.ThrowIfNull(granularity);
        var members = new List<ClusterableNote>(clustered.Count + 1) { note };
        foreach (var other in SortedById(clustered))
        {
            if (other.ClusterId is not null && other.Id != note.Id)
            {
                members.Add(other);
            }
        }

        if (members.Count == 1)
        {
            return null;
        }

        var texts = Analyze([.. members]);
        var spaces = Spaces(texts, granularity);
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        for (var i = 1; i < members.Count; i++)
        {
            double s = 0;
            foreach (var (vectors, weight) in spaces)
            {
                s += weight * vectors[0].Dot(vectors[i]);
            }

            var (sum, count) = sums.GetValueOrDefault(members[i].ClusterId!);
            sums[members[i].ClusterId!] = (sum + s, count + 1);
        }

        string? best = null;
        var bestScore = _options.ThresholdFor(granularity);
        foreach (var (clusterId, (sum, count)) in sums)
        {
            var score = sum / count;
            if (score > bestScore || (score == bestScore && (best is null || string.CompareOrdinal(clusterId, best) < 0)))
            {
                best = clusterId;
                bestScore = score;
            }
        }

        return best;
    }

    private static ClusterableNote[] SortedById(IReadOnlyList<ClusterableNote> notes)
    {
        var sorted = new ClusterableNote[notes.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = notes[i] ?? throw new ArgumentException("A note is null.", nameof(notes));
        }

        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Id == sorted[i - 1].Id)
            {
                throw new ArgumentException($"The note id {sorted[i].Id} appears twice.", nameof(notes));
            }
        }

        return sorted;
    }

    private static string? ExistingClusterOf(ClusterableNote[] notes, List<int> group)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in group)
        {
            if (notes[i].ClusterId is { } id)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        string? best = null;
        foreach (var (id, count) in counts)
        {
            if (best is null || count > counts[best] || (count == counts[best] && string.CompareOrdinal(id, best) < 0))
            {
                best = id;
            }
        }

        return best;
    }

    private AnalyzedText[] Analyze(ClusterableNote[] notes)
    {
        var texts = new AnalyzedText[notes.Length];
        for (var i = 0; i < notes.Length; i++)
        {
            var text = notes[i].Text ?? "";
            AnalyzedText? analyzed;
            lock (_cacheLock)
            {
                _cache.TryGetValue(text, out analyzed);
            }

            if (analyzed is null)
            {
                analyzed = AnalyzedText.Of(text, (float)_options.BigramWeight);
                lock (_cacheLock)
                {
                    // Texts are short and a workshop holds a few hundred: start afresh rather than track recency.
                    if (_cache.Count >= CacheCapacity)
                    {
                        _cache.Clear();
                    }

                    _cache[text] = analyzed;
                }
            }

            texts[i] = analyzed;
        }

        return texts;
    }

    // Each space with its share of the mean; spaces without weight are skipped. Themes only help when the animator
    // asks for fewer groups than ideas: at the idea level they would merge different ideas of one theme.
    private List<(SparseVector[] Vectors, float Weight)> Spaces(AnalyzedText[] texts, Granularity granularity)
    {
        var spaces = WeightedSpaces(texts, _options.ThemeWeightFor(granularity));
        var total = 0.0;
        foreach (var (_, weight, _) in spaces)
        {
            total += weight;
        }

        return spaces.ConvertAll(s => (s.Vectors, (float)(s.Weight / total)));
    }

    // Each space with its raw weight and the size of its vocabulary; spaces without weight are skipped. Paraphrases
    // share few words but name the same things: with a lexicon, notes are also compared by the concepts (ideas) they
    // name and by the broad themes those belong to, the latter with the given weight.
    private List<(SparseVector[] Vectors, double Weight, int Dimensions)> WeightedSpaces(AnalyzedText[] texts, double themeWeight)
    {
        var spaces = new List<(SparseVector[] Vectors, double Weight, int Dimensions)>(4);
        void Add(IReadOnlyList<Dictionary<string, float>> documents, double weight)
        {
            if (weight > 0)
            {
                var vectors = TfIdfSpace.Vectorize(documents, out var dimensions);
                spaces.Add((vectors, weight, dimensions));
            }
        }

        Add(Array.ConvertAll(texts, t => t.Words), _options.WordWeight);
        Add(Array.ConvertAll(texts, t => t.Characters), _options.CharacterWeight);
        if (_lexicon is { } lexicon)
        {
            Add(Array.ConvertAll(texts, t => t.ConceptWeights(lexicon)), _options.ConceptWeight);
            Add(Array.ConvertAll(texts, t => t.ThemeCounts(lexicon)), themeWeight);
        }

        return spaces;
    }

    private float[] Similarities(AnalyzedText[] texts, Granularity granularity)
    {
        var n = texts.Length;
        var similarity = new float[n * n];
        foreach (var (vectors, weight) in Spaces(texts, granularity))
        {
            TfIdfSpace.AddCosines(vectors, weight, similarity);
        }

        for (var i = 0; i < n; i++)
        {
            similarity[i * n + i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                similarity[j * n + i] = similarity[i * n + j];
            }
        }

        return similarity;
    }
}
