using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// Lucene's French chain with one change that matters for notes typed on phones: accents are folded before the stop
/// words and the light stemmer, so "ecole" and "école" end on the same stem.
/// </summary>
internal sealed class FrenchAnalyzerChain(bool removeStopWords) : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Lucene's French stop words carry accents ("été", "à"); the chain compares them after folding.
    private static readonly CharArraySet s_foldedStopWords = new(
        Version,
        FrenchAnalyzer.DefaultStopSet.Select(w => FrenchText.Fold(w.ToString()!)).Concat(ExtraStopWords),
        ignoreCase: false);

    // Words of informal notes that carry no topic: intensifiers, fillers and the verbs every proposal starts with.
    private static IEnumerable<string> ExtraStopWords =>
    [
        "faut", "falloir", "fait", "faire", "peut", "pourrait", "pourraient", "plus", "moins", "tres", "trop", "bien",
        "tout", "tous", "toute", "toutes", "comme", "aussi", "encore", "avoir", "etre", "ca", "cela", "ceci", "chez",
        "quoi", "pourquoi", "comment", "ya", "y", "oui", "non", "pas", "rien", "truc", "genre", "vraiment", "super",
        "etc", "ici", "la", "lors", "sans", "sous", "entre", "vers", "dont", "quand", "donc", "alors", "puis",
        "aujourd'hui", "aller", "mettre", "plusieurs", "chaque", "autre", "autres", "gens", "chose", "choses",
    ];

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (removeStopWords)
        {
            stream = new StopFilter(Version, stream, s_foldedStopWords);
        }

        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
