namespace StartupTerritoire.ClusteringBench;

/// <summary>A TSV of the shared development data: ids, texts and the named label columns, in file order.</summary>
internal sealed record LabelledSet(string Name, string[] Ids, string[] Texts, Dictionary<string, string[]> Labels)
{
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
