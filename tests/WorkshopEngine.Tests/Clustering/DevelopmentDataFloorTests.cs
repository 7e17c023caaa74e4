using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

/// <summary>
/// Regression floors on the shared development data (../shared/data/clustering beside the repository), set a little
/// under what bench/ClusteringBench reports, so that a change that loses quality fails here first.
/// </summary>
public sealed class DevelopmentDataFloorTests
{
    [Fact]
    public void IdeasOfTheArdecheSoireeStayAboveTheirFloor()
    {
        var rows = File.ReadAllLines(DataFile("notes_fr.tsv"));
        var header = rows[0].Split('\t');
        var cells = rows.Skip(1).Where(r => r.Length > 0).Select(r => r.Split('\t')).ToList();
        var (id, idea, text) = (Array.IndexOf(header, "id"), Array.IndexOf(header, "idea"), Array.IndexOf(header, "text"));

        var groups = new NoteClusterer().Suggest(cells.Select(c => new ClusterableNote(c[id], c[text])).ToList(), Granularity.Medium);

        var groupOf = groups.SelectMany((g, i) => g.NoteIds.Select(n => (n, i))).ToDictionary(p => p.n, p => p.i.ToString());
        var ari = AdjustedRand(cells.Select(c => c[idea]).ToList(), cells.Select(c => groupOf[c[id]]).ToList());
        // The bench measures 0.057; the plain word TF-IDF baseline with Ward linkage gets 0.041.
        Assert.True(ari >= 0.05, $"ARI at the idea level fell to {ari:0.000}.");
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
