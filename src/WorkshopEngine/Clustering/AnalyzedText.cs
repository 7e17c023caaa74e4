namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>What the engine keeps of a note's text: its content words and the raw counts of its features per space.</summary>
internal sealed class AnalyzedText
{
    private AnalyzedText(List<FrenchToken> tokens, Dictionary<string, float> words, Dictionary<string, float> characters)
    {
        Tokens = tokens;
        Words = words;
        Characters = characters;
    }

    public List<FrenchToken> Tokens { get; }

    private List<string>? _stems;

    /// <summary>Stem counts, and stem bigrams ("a b", stop words skipped) counted by the bigram weight.</summary>
    public Dictionary<string, float> Words { get; }

    /// <summary>Character 3–5-gram counts over the folded content words, each padded with spaces.</summary>
    public Dictionary<string, float> Characters { get; }

    public static AnalyzedText Of(string text, float bigramWeight)
    {
        var tokens = FrenchText.Analyze(text);
        var words = new Dictionary<string, float>(StringComparer.Ordinal);
        var characters = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            Add(words, tokens[i].Stem, 1);
            if (i > 0 && bigramWeight > 0)
            {
                Add(words, tokens[i - 1].Stem + " " + tokens[i].Stem, bigramWeight);
            }

            var padded = " " + FrenchText.Fold(tokens[i].Surface) + " ";
            for (var n = 3; n <= 5; n++)
            {
                for (var start = 0; start + n <= padded.Length; start++)
                {
                    Add(characters, padded.Substring(start, n), 1);
                }
            }
        }

        return new AnalyzedText(tokens, words, characters);
    }

    /// <summary>The content stems in order, for the lexicon's multi-word entries.</summary>
    public IReadOnlyList<string> Stems => _stems ??= Tokens.ConvertAll(t => t.Stem);

    private Dictionary<string, float>? _concepts;
    private Dictionary<string, float>? _themes;

    /// <summary>
    /// The weights of the concepts the text names (<see cref="ConceptLexicon.ConceptWeightsIn"/>), computed once: an
    /// engine keeps its analysed texts for its own lexicon only, and incremental suggestions ask again for every note.
    /// </summary>
    public Dictionary<string, float> ConceptWeights(ConceptLexicon lexicon) =>
        _concepts ??= lexicon.ConceptWeightsIn(Stems);

    /// <summary>The themes of those concepts, each counted once, computed once like the concepts.</summary>
    public Dictionary<string, float> ThemeCounts(ConceptLexicon lexicon) =>
        _themes ??= lexicon.ThemesIn(Stems).ToDictionary(theme => theme, _ => 1f, StringComparer.Ordinal);

    private static void Add(Dictionary<string, float> counts, string key, float amount) =>
        counts[key] = counts.GetValueOrDefault(key) + amount;
}
