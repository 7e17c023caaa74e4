using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

/// <summary>
/// Regression floors on the shared development data (../shared/data/clustering beside the repository), set a little
/// under what bench/ClusteringBench reports, so that a change that loses quality fails here first.
/// </summary>
public sealed class DevelopmentDataFloorTests
{
    [Fact]
    public void IdeasOfTheArdecheSessionStayAboveTheirFloor()
    {
        // The bench measures 0.364 at the idea level; the plain word TF-IDF baseline with Ward linkage gets 0.041.
        var ari = AriOnNotes("idea", Granularity.Medium);
        Assert.True(ari >= 0.34, $"ARI at the idea level fell to {ari:0.000}.");
    }

    [Fact]
    public void ThemesOfTheArdecheSessionStayAboveTheirFloor()
    {
        // The bench measures 0.395 at the theme level (coarse); the baseline gets 0.014.
        var ari = AriOnNotes("theme", Granularity.Coarse);
        Assert.True(ari >= 0.37, $"ARI at the theme level fell to {ari:0.000}.");
    }

    [Fact]
    public void TopicsOfTheSib200SentencesStayAboveTheirFloor()
    {
        // The bench measures 0.126 (coarse); the baseline gets 0.049, so the floor also keeps twice the baseline.
        var ari = Ari("sib200_fra.tsv", "category", Granularity.Coarse);
        Assert.True(ari >= 0.11, $"ARI on the SIB-200 topics fell to {ari:0.000}.");
    }

    private static double AriOnNotes(string truthColumn, Granularity granularity) => Ari("notes_fr.tsv", truthColumn, granularity);

    private static double Ari(string file, string truthColumn, Granularity granularity)
    {
        var rows = File.ReadAllLines(DataFile(file));
        var header = rows[0].Split('\t');
        var cells = rows.Skip(1).Where(r => r.Length > 0).Select(r => r.Split('\t')).ToList();
        var (id, truth, text) = (Array.IndexOf(header, "id"), Array.IndexOf(header, truthColumn), Array.IndexOf(header, "text"));

        var groups = new NoteClusterer().Suggest(cells.Select(c => new ClusterableNote(c[id], c[text])).ToList(), granularity);

        var groupOf = groups.SelectMany((g, i) => g.NoteIds.Select(n => (n, i))).ToDictionary(p => p.n, p => p.i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return AdjustedRand(cells.Select(c => c[truth]).ToList(), cells.Select(c => groupOf[c[id]]).ToList());
    }

    private static string DataFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StartupTerritoire.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "clustering", name));
                return File.Exists(path) ? path : throw new FileNotFoundException($"The development data {path} is missing: it lives beside the repository in ../shared/data/clustering.", path);
            }
        }

        throw new DirectoryNotFoundException("No StartupTerritoire.sln above the test binaries: cannot find the repository root.");
    }

    private static double AdjustedRand(List<string> truth, List<string> predicted)
    {
        static double Pairs(double x) => x * (x - 1) / 2;
        var index = truth.Zip(predicted).GroupBy(p => p).Sum(g => Pairs(g.Count()));
        var rows = truth.GroupBy(t => t).Sum(g => Pairs(g.Count()));
        var columns = predicted.GroupBy(p => p).Sum(g => Pairs(g.Count()));
        var expected = rows * columns / Pairs(truth.Count);
        return (index - expected) / ((rows + columns) / 2 - expected);
    }
}
