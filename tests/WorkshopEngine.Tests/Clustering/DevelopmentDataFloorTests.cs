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

    [Fact]
    public void SortingTheArdecheNotesFromOnePlacedNotePerIdeaStaysAboveItsFloor()
    {
        // The bench measures 72.7% with the idea's name as the group's title; the one-note suggestion before sorting
        // existed placed 43.1%.
        var share = SortingShare("notes_fr.tsv", "idea", code => code.Replace('_', ' '));
        Assert.True(share >= 0.70, $"Sorting the notes from their first moves fell to {share:P1}.");
    }

    [Fact]
    public void SortingTheSib200SentencesUnderTheirTopicNamesStaysAboveItsFloor()
    {
        // The bench measures 49.6% with one sentence per topic and its French name; the one-note suggestion placed 21.5%.
        string[] names = ["sciences et technologie", "voyage", "politique", "sport", "santé", "divertissement", "géographie"];
        string[] codes = ["science/technology", "travel", "politics", "sports", "health", "entertainment", "geography"];
        var share = SortingShare("sib200_fra.tsv", "category", code => names[Array.IndexOf(codes, code)]);
        Assert.True(share >= 0.46, $"Sorting the SIB-200 sentences fell to {share:P1}.");
    }

    // The first note of each true group (in file order) is placed there under its title; the share of the others
    // suggested into their true group, a note left unplaced counting as wrong.
    private static double SortingShare(string file, string truthColumn, Func<string, string> title)
    {
        var rows = File.ReadAllLines(DataFile(file));
        var header = rows[0].Split('\t');
        var cells = rows.Skip(1).Where(r => r.Length > 0).Select(r => r.Split('\t')).ToList();
        var (id, truth, text) = (Array.IndexOf(header, "id"), Array.IndexOf(header, truthColumn), Array.IndexOf(header, "text"));
        var seen = new HashSet<string>();
        var notes = cells.Select(c => new ClusterableNote(c[id], c[text], seen.Add(c[truth]) ? c[truth] : null)).ToList();
        var groups = seen.Select(g => new PlacedGroup(g, title(g))).ToList();

        var placed = new NoteClusterer().SuggestPlacements(notes, groups).ToDictionary(p => p.NoteId, p => p.ClusterId);

        var remaining = cells.Where((c, i) => notes[i].ClusterId is null).ToList();
        return (double)remaining.Count(c => placed.GetValueOrDefault(c[id]) == c[truth]) / remaining.Count;
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
