using System.Globalization;
using System.Text;

namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// General French knowledge of the territory's themes: words, expressions and abbreviations that name the same
/// concept ("covoiturage", "partager sa voiture", "voiture partagée"), each concept belonging to one broad theme.
/// Read from every embedded <c>Lexicon/*.txt</c> resource — <c>themes-fr.txt</c> (the territory's themes) first, then
/// the others (e.g. <c>general-fr.txt</c>, general topics) in ordinal order of their names — as one lexicon: theme and
/// concept ids must be unique across all of them. Every entry is normalised with the engine's own analysis
/// (<see cref="FrenchText.Analyze"/>: accents folded, elisions and stop words removed, light stemming), so lookups take
/// the same stems the engine computes for a note.
/// </summary>
/// <remarks>
/// Format, one statement per line: <c># comment</c>; <c>@theme id: Libellé</c> opens a theme; <c>concept_id: mot,
/// mot composé, autre mot</c> declares a concept of the current theme (of the same file). A word may belong to several concepts. In
/// multi-word entries, stop words (articles, prepositions, possessives, "faire"…) are ignored, both in the entry and
/// in the text, and one other word may stand between two words of the entry ("partager ma vieille voiture").
/// </remarks>
internal sealed class ConceptLexicon
{
    private const string ResourceMarker = ".Lexicon.";
    private const string ResourceExtension = ".txt";
    private const string MainResourceFile = "themes-fr.txt";

    /// <summary>
    /// Function words skipped in multi-word entries and in the stems they are matched against, for those the analysis
    /// keeps (most are already stop words).
    /// </summary>
    private static readonly string[] s_functionWords =
    [
        "a", "à", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "de", "des", "du", "en", "et", "l", "la",
        "le", "les", "leur", "leurs", "ma", "mes", "mon", "ou", "par", "pour", "sa", "ses", "son", "sur", "ta", "tes",
        "ton", "un", "une", "nos", "notre", "vos", "votre", "chez", "dans", "entre", "qu", "que", "se", "s", "t", "y",
        "c", "j", "m", "n",
    ];

    private static readonly Lazy<ConceptLexicon> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Func<string, IEnumerable<string>> _analyze;
    private readonly HashSet<string> _functionStems;
    private readonly Dictionary<string, string[]> _conceptsByStem;
    private readonly Dictionary<string, string[]> _themesByStem;
    private readonly Dictionary<string, Phrase[]> _phrasesByFirstStem;
    private readonly Dictionary<string, string> _themeByConcept;
    private readonly Dictionary<string, string> _themeLabels;
    private readonly Dictionary<string, string[]> _entriesByConcept;

    private ConceptLexicon(
        Func<string, IEnumerable<string>> analyze,
        HashSet<string> functionStems,
        Dictionary<string, string[]> conceptsByStem,
        Dictionary<string, Phrase[]> phrasesByFirstStem,
        Dictionary<string, string> themeByConcept,
        Dictionary<string, string> themeLabels,
        Dictionary<string, string[]> entriesByConcept,
        int entryCount)
    {
        _analyze = analyze;
        _functionStems = functionStems;
        _conceptsByStem = conceptsByStem;
        _phrasesByFirstStem = phrasesByFirstStem;
        _themeByConcept = themeByConcept;
        _themeLabels = themeLabels;
        _entriesByConcept = entriesByConcept;
        EntryCount = entryCount;
        _themesByStem = conceptsByStem.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(c => themeByConcept[c]).Distinct(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        ConceptIds = [.. entriesByConcept.Keys.Order(StringComparer.Ordinal)];
        ThemeIds = [.. themeLabels.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The lexicon shipped with the engine, loaded once from the embedded resources.</summary>
    public static ConceptLexicon Default => s_default.Value;

    /// <summary>Every concept id, in ordinal order.</summary>
    public IReadOnlyList<string> ConceptIds { get; }

    /// <summary>Every theme id, in ordinal order.</summary>
    public IReadOnlyList<string> ThemeIds { get; }

    /// <summary>How many entries (words and expressions) the sources declare, before normalisation.</summary>
    public int EntryCount { get; }

    /// <summary>The concepts a single normalised token (a stem) belongs to, in ordinal order; empty when none.</summary>
    public IReadOnlyList<string> ConceptsOf(string stem) =>
        _conceptsByStem.TryGetValue(stem, out var concepts) ? concepts : [];

    /// <summary>The themes of the concepts a single normalised token belongs to, in ordinal order.</summary>
    public IReadOnlyList<string> ThemesOf(string stem) =>
        _themesByStem.TryGetValue(stem, out var themes) ? themes : [];

    /// <summary>The theme a concept belongs to, or null for an unknown concept id.</summary>
    public string? ThemeOfConcept(string conceptId) =>
        _themeByConcept.TryGetValue(conceptId, out var theme) ? theme : null;

    /// <summary>The readable French label of a theme, or null for an unknown theme id.</summary>
    public string? ThemeLabel(string themeId) =>
        _themeLabels.TryGetValue(themeId, out var label) ? label : null;

    /// <summary>The normalised entries of a concept (multi-word entries joined by spaces); empty when unknown.</summary>
    public IReadOnlyList<string> EntriesOf(string conceptId) =>
        _entriesByConcept.TryGetValue(conceptId, out var entries) ? entries : [];

    /// <summary>
    /// The concepts named in a text given as its content stems in order (as <see cref="FrenchText.Analyze"/> gives
    /// them): single words, and multi-word entries over consecutive stems (function words skipped, one other word
    /// allowed between two words of an entry). Distinct, in order of first appearance.
    /// </summary>
    public IReadOnlyList<string> ConceptsIn(IReadOnlyList<string> stems)
    {
        List<string>? found = null;
        HashSet<string>? seen = null;
        Scan(stems, (concept, _) =>
        {
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (seen.Add(concept))
            {
                (found ??= []).Add(concept);
            }
        });

        return found is null ? [] : found;
    }

    /// <summary>
    /// How strongly a text names each of its concepts (see <see cref="ConceptsIn"/>): 1 for being named at all, plus 1
    /// for every multi-word entry of the concept it contains. An expression ("drive fermier", "chauffe-eau solaire")
    /// says what the note is about more surely than a single word, which often has other senses ("ferme", "local").
    /// </summary>
    public Dictionary<string, float> ConceptWeightsIn(IReadOnlyList<string> stems)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        Scan(stems, (concept, phrase) =>
        {
            var known = weights.TryGetValue(concept, out var weight);
            weights[concept] = (known ? weight : 1) + (phrase ? 1 : 0);
        });

        return weights;
    }

    // Reports every single-word and multi-word match in text order, with whether it came from a multi-word entry.
    private void Scan(IReadOnlyList<string> stems, Action<string, bool> found)
    {
        var content = new List<string>(stems.Count);
        foreach (var s in stems)
        {
            if (s.Length > 0 && !_functionStems.Contains(s))
            {
                content.Add(s);
            }
        }

        for (var i = 0; i < content.Count; i++)
        {
            if (_conceptsByStem.TryGetValue(content[i], out var concepts))
            {
                foreach (var c in concepts)
                {
                    found(c, false);
                }
            }

            if (_phrasesByFirstStem.TryGetValue(content[i], out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    if (Matches(content, i, phrase.Stems))
                    {
                        found(phrase.Concept, true);
                    }
                }
            }
        }
    }

    /// <summary>The concepts named in a text given as its stems, mapped to their themes; distinct, in order.</summary>
    public IReadOnlyList<string> ThemesIn(IReadOnlyList<string> stems) =>
        [.. ConceptsIn(stems).Select(c => _themeByConcept[c]).Distinct(StringComparer.Ordinal)];

    /// <summary>Normalises a free text the way entries are normalised: words split, stemmed, in order.</summary>
    public IReadOnlyList<string> StemsOf(string text) => [.. _analyze(text)];

    /// <summary>
    /// The lexicon shipped with the engine: every embedded <c>Lexicon/*.txt</c> resource, <c>themes-fr.txt</c> first
    /// then the others in ordinal order of their file names, normalised with the engine's analysis.
    /// </summary>
    private static ConceptLexicon LoadDefault()
    {
        var assembly = typeof(ConceptLexicon).Assembly;
        var files = new List<(string File, string Resource)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var marker = resource.LastIndexOf(ResourceMarker, StringComparison.Ordinal);
            if (marker >= 0 && resource.EndsWith(ResourceExtension, StringComparison.Ordinal))
            {
                files.Add((resource[(marker + ResourceMarker.Length)..], resource));
            }
        }

        if (!files.Exists(f => f.File == MainResourceFile))
        {
            throw new InvalidOperationException("The concept lexicon resource is missing.");
        }

        var sources = new List<(string? Name, string Text)>(files.Count);
        foreach (var (file, resource) in files
            .OrderBy(f => f.File == MainResourceFile ? 0 : 1)
            .ThenBy(f => f.File, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The concept lexicon resource {file} is missing.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            sources.Add((file, reader.ReadToEnd()));
        }

        return Parse(sources, EngineAnalysis);
    }

    /// <summary>
    /// This lexicon less some of its themes and all their concepts: how the engine does on an evening whose themes the
    /// lexicon never named (the leave-one-theme-out measures of the clustering bench).
    /// </summary>
    public ConceptLexicon WithoutThemes(IReadOnlySet<string> themeIds)
    {
        ArgumentNullException.ThrowIfNull(themeIds);
        bool Kept(string concept) => !themeIds.Contains(_themeByConcept[concept]);
        var conceptsByStem = _conceptsByStem
            .Select(kv => (kv.Key, Concepts: kv.Value.Where(Kept).ToArray()))
            .Where(x => x.Concepts.Length > 0)
            .ToDictionary(x => x.Key, x => x.Concepts, StringComparer.Ordinal);
        var phrases = _phrasesByFirstStem
            .Select(kv => (kv.Key, Phrases: kv.Value.Where(p => Kept(p.Concept)).ToArray()))
            .Where(x => x.Phrases.Length > 0)
            .ToDictionary(x => x.Key, x => x.Phrases, StringComparer.Ordinal);
        return new ConceptLexicon(
            _analyze,
            _functionStems,
            conceptsByStem,
            phrases,
            _themeByConcept.Where(kv => Kept(kv.Key)).ToDictionary(StringComparer.Ordinal),
            _themeLabels.Where(kv => !themeIds.Contains(kv.Key)).ToDictionary(StringComparer.Ordinal),
            _entriesByConcept.Where(kv => Kept(kv.Key)).ToDictionary(StringComparer.Ordinal),
            EntryCount);
    }

    /// <summary>The engine's analysis of a text: its content stems in order.</summary>
    public static IEnumerable<string> EngineAnalysis(string text) => FrenchText.Analyze(text).Select(t => t.Stem);

    /// <summary>
    /// Reads a lexicon in the format above, normalising every entry with <paramref name="analyze"/> (a text to its
    /// content stems in order). A malformed line,
    /// a concept before any theme, a duplicate concept or theme id, a concept without words or an entry made only
    /// of function words is refused with the line number.
    /// </summary>
    public static ConceptLexicon Parse(string text, Func<string, IEnumerable<string>> analyze) =>
        Parse([(null, text)], analyze);

    /// <summary>
    /// Reads several sources in order as one lexicon, with the rules of <see cref="Parse(string, Func{string,
    /// IEnumerable{string}})"/>: theme and concept ids must be unique across all of them, and each source opens its
    /// own themes (a concept never belongs to a theme of an earlier source). Errors name the source and the line.
    /// </summary>
    private static ConceptLexicon Parse(
        IReadOnlyList<(string? Name, string Text)> sources, Func<string, IEnumerable<string>> analyze)
    {
        var functionStems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in s_functionWords)
        {
            // Only what the analysis keeps of them: a stemmed stop word may equal a content stem ("dans", "danse").
            functionStems.UnionWith(analyze(w));
        }

        var single = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var themeByConcept = new Dictionary<string, string>(StringComparer.Ordinal);
        var themeLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        var entriesByConcept = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var phraseKeys = new HashSet<string>(StringComparer.Ordinal);
        var entryCount = 0;
        var emptyEntries = new List<string>();

        foreach (var (source, text) in sources)
        {
            string? theme = null;
            var lineNumber = 0;
            foreach (var raw in text.Split('\n'))
            {
                lineNumber++;
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (line.StartsWith("@theme", StringComparison.Ordinal))
                {
                    var rest = line["@theme".Length..].Trim();
                    var colon = rest.IndexOf(':', StringComparison.Ordinal);
                    var id = (colon < 0 ? rest : rest[..colon]).Trim();
                    var label = colon < 0 ? id : rest[(colon + 1)..].Trim();
                    if (!IsId(id))
                    {
                        throw Error(source, lineNumber, $"\"{id}\" is not a theme id (lowercase letters, digits, underscores).");
                    }

                    if (!themeLabels.TryAdd(id, label))
                    {
                        throw Error(source, lineNumber, $"the theme \"{id}\" is declared twice.");
                    }

                    theme = id;
                    continue;
                }

                var sep = line.IndexOf(':', StringComparison.Ordinal);
                if (sep < 0)
                {
                    throw Error(source, lineNumber, "expected \"concept_id: mot, mot, …\".");
                }

                var concept = line[..sep].Trim();
                if (!IsId(concept))
                {
                    throw Error(source, lineNumber, $"\"{concept}\" is not a concept id (lowercase letters, digits, underscores).");
                }

                if (theme is null)
                {
                    throw Error(source, lineNumber, $"the concept \"{concept}\" comes before any @theme line.");
                }

                if (!themeByConcept.TryAdd(concept, theme))
                {
                    throw Error(source, lineNumber, $"the concept \"{concept}\" is declared twice.");
                }

                var entries = new List<string>();
                foreach (var entry in line[(sep + 1)..].Split(','))
                {
                    if (entry.Trim().Length == 0)
                    {
                        continue;
                    }

                    entryCount++;
                    var stems = analyze(entry).Where(s => s.Length > 0 && !functionStems.Contains(s)).ToArray();
                    if (stems.Length == 0)
                    {
                        emptyEntries.Add(Error(source, lineNumber, $"the entry \"{entry.Trim()}\" has only stop words.").Message);
                        continue;
                    }

                    var key = string.Join(' ', stems);
                    if (entries.Contains(key))
                    {
                        continue;
                    }

                    entries.Add(key);
                    if (stems.Length == 1)
                    {
                        if (!single.TryGetValue(stems[0], out var set))
                        {
                            single[stems[0]] = set = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        set.Add(concept);
                    }
                    else if (phraseKeys.Add(concept + "|" + key))
                    {
                        if (!phrases.TryGetValue(stems[0], out var list))
                        {
                            phrases[stems[0]] = list = [];
                        }

                        list.Add(new Phrase(concept, stems));
                    }
                }

                if (entries.Count == 0)
                {
                    throw Error(source, lineNumber, $"the concept \"{concept}\" has no words.");
                }

                entriesByConcept[concept] = [.. entries];
            }
        }

        if (emptyEntries.Count > 0)
        {
            // Every such entry at once: a stop word hides behind accent folding ("maïs" is "mais").
            throw new FormatException(string.Join(Environment.NewLine, emptyEntries));
        }

        return new ConceptLexicon(
            analyze,
            functionStems,
            single.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            phrases.ToDictionary(
                kv => kv.Key,
                kv => kv.Value.OrderByDescending(p => p.Stems.Length).ThenBy(p => p.Concept, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal),
            themeByConcept,
            themeLabels,
            entriesByConcept,
            entryCount);
    }

    /// <summary>Whether the phrase's stems follow position <paramref name="start"/>, with at most one word between two.</summary>
    private static bool Matches(List<string> content, int start, string[] phrase)
    {
        var at = start;
        for (var k = 1; k < phrase.Length; k++)
        {
            if (at + 1 < content.Count && content[at + 1] == phrase[k])
            {
                at += 1;
            }
            else if (at + 2 < content.Count && content[at + 2] == phrase[k])
            {
                at += 2;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsId(string id) =>
        id.Length > 0 && id.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    private static FormatException Error(string? source, int line, string message) =>
        new(source is null
            ? string.Create(CultureInfo.InvariantCulture, $"Concept lexicon, line {line}: {message}")
            : string.Create(CultureInfo.InvariantCulture, $"Concept lexicon {source}, line {line}: {message}"));

    /// <summary>A multi-word entry: its concept and its content stems in order.</summary>
    private sealed record Phrase(string Concept, string[] Stems);
}
