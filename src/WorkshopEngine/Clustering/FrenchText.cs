using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// The one French normalisation of the engine: accent folding, lower-casing, elision, stop words and Lucene's light
/// stemmer. The concept lexicon keys its entries by <see cref="Stem"/> so that both always agree.
/// </summary>
internal static class FrenchText
{
    private static readonly FrenchAnalyzerChain s_content = new(removeStopWords: true);
    private static readonly FrenchAnalyzerChain s_everyWord = new(removeStopWords: false);

    // The articles Lucene's elision filter removes; "aujourd'hui" keeps its apostrophe.
    private static readonly HashSet<string> s_elided = new(StringComparer.Ordinal) { "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu" };

    /// <summary>The stem of one word, as the analyzer computes it (stop words are stemmed too).</summary>
    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        using var stream = s_everyWord.GetTokenStream("text", token);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : Fold(token).ToLowerInvariant();
        stream.End();
        return stem;
    }

    /// <summary>The content words of a text in order, stop words, numbers and single letters left out.</summary>
    public static List<FrenchToken> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<FrenchToken>();
        using var stream = s_content.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var stem = term.ToString();
            if (stem.Length < 2 || !stem.Any(char.IsLetter))
            {
                continue;
            }

            tokens.Add(new FrenchToken(stem, SurfaceOf(text, offset.StartOffset, offset.EndOffset), position));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Lower-case text without diacritics ("Œuvre à l'été" → "oeuvre a l'ete").</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ': folded.Append("oe"); break;
                case 'æ': folded.Append("ae"); break;
                case '’': folded.Append('\''); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        folded.Append(c);
                    }

                    break;
            }
        }

        return folded.ToString();
    }

    // The word as written, without the elided article the tokenizer kept ("l'école" → "école").
    private static string SurfaceOf(string text, int start, int end)
    {
        var word = text[start..end];
        var apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe > 0 && apostrophe < word.Length - 1 && s_elided.Contains(word[..apostrophe].ToLowerInvariant()))
        {
            word = word[(apostrophe + 1)..];
        }

        return word.ToLowerInvariant();
    }
}
