using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.ClusteringBench;

/// <summary>A resource's words added to a text: for each of its content words, what the resource gives for its stem.</summary>
internal static class StemExpansion
{
    public static string Append(string text, IReadOnlyDictionary<string, string[]> byStem) =>
        text + " " + string.Join(' ', FrenchText.Analyze(text).SelectMany(t => byStem.GetValueOrDefault(t.Stem) ?? []));
}
