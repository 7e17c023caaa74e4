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

    // The light stemmer gives some unrelated words of the territory's talk one stem ("réparation" and "repas" → "repa",
    // "année" and "âne" → "ane", "vente" and "vent" → "vent", "isolation" and "isolement" → "isol"); these forms keep
    // a stem of their own, or join their own family ("vente" with "vendre"). Keys are folded forms.
    private static readonly StemmerOverrideFilter.StemmerOverrideMap s_stemOverrides = BuildOverrides(
    [
        ("reparation", "repar"), ("reparations", "repar"),
        ("annee", "annee"), ("annees", "annee"),
        ("vente", "vendr"), ("ventes", "vendr"),
        ("retraite", "retraite"), ("retraites", "retraite"), ("retraitee", "retraite"), ("retraitees", "retraite"),
        ("sentier", "sentier"), ("sentiers", "sentier"),
        ("livre", "livre"), ("livres", "livre"),
        ("cheminee", "cheminee"), ("cheminees", "cheminee"),
        ("voirie", "voirie"), ("voiries", "voirie"),
        ("placement", "placement"), ("placements", "placement"),
        ("isolation", "isolation"), ("isolations", "isolation"), ("isolant", "isolation"), ("isolants", "isolation"),
        ("salle", "salle"), ("salles", "salle"),
    ]);

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides(IEnumerable<(string Form, string Stem)> pairs)
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (form, stem) in pairs)
        {
            builder.Add(form, stem);
        }

        return builder.Build();
    }

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

        stream = new StemmerOverrideFilter(stream, s_stemOverrides);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
