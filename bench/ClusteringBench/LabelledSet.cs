using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.ClusteringBench;

/// <summary>A TSV of the shared development data: ids, texts and the named label columns, in file order.</summary>
internal sealed record LabelledSet(string Name, string[] Ids, string[] Texts, Dictionary<string, string[]> Labels)
{
    /// <summary>The same set with every text rewritten (a resource's trial: synonyms added, words lemmatised).</summary>
    public LabelledSet Rewritten(Func<string, string> rewrite) => this with { Texts = Array.ConvertAll(Texts, t => rewrite(t)) };

    /// <summary>The engine's automatic grouping, as a group name per row in file order.</summary>
    public string[] GroupedBy(NoteClusterer engine, Granularity granularity)
    {
        var groups = engine.Suggest([.. Ids.Select((id, i) => new ClusterableNote(id, Texts[i]))], granularity);
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g].NoteIds)
            {
                groupOf[id] = "g" + g;
            }
        }

        return Array.ConvertAll(Ids, id => groupOf[id]);
    }

    public static LabelledSet Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
        string[] Column(string name) => rows.Select(r => r[Array.IndexOf(header, name)]).ToArray();
        var labels = header.Where(h => h is not ("id" or "text")).ToDictionary(h => h, Column);
        return new LabelledSet(Path.GetFileName(path), Column("id"), Column("text"), labels);
    }
}
