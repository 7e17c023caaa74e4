using StartupTerritoire.Server.Clustering;

namespace StartupTerritoire.Server.Tests.Clustering;

public sealed class ClusterCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cluster-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string content)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".tsv");
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ClusterCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void PrintsOneRowPerNoteInInputOrderWithClustersNamedInOrderOfAppearance()
    {
        var input = File("""
            text	theme	id
            Panneaux solaires sur le toit de l'école	energie	x9
            une école de musique pour les enfants	culture	a1
            des panneaux solaire sur les toits communaux	energie	b2
            ecole de musique au village pour les enfant	culture	c3

            """.Replace("\r\n", "\n", StringComparison.Ordinal));

        var (code, output, error) = Run("--input", input, "--granularity", "medium");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("id\tcluster\tlabel", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.Equal(["x9", "a1", "b2", "c3"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        Assert.Equal("g01", rows[0][1]);
        Assert.Equal("g02", rows[1][1]);
        Assert.Equal(rows[0][1], rows[2][1]);
        Assert.Equal(rows[1][1], rows[3][1]);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[2])));
    }

    [Fact]
    public void MissingInputIsRefusedWithExitCodeTwo()
    {
        var (code, output, error) = Run("--granularity", "fine");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--input", error);
    }

    [Fact]
    public void AnUnreadableFileIsRefusedWithExitCodeTwo()
    {
        var (code, _, error) = Run("--input", Path.Combine(_folder, "absent.tsv"));

        Assert.Equal(2, code);
        Assert.Contains("cannot read", error);
    }

    [Theory]
    [InlineData("identifier\ttext\nn1\tbonjour\n", "header")]
    [InlineData("id\tnote\nn1\tbonjour\n", "header")]
    [InlineData("id\ttext\nn1\tbonjour\nn1\tau revoir\n", "twice")]
    [InlineData("id\ttext\n\tbonjour\n", "empty id")]
    [InlineData("id\ttext\nn1\tbonjour\textra\n", "columns")]
    [InlineData("id\ttext\nn1\n", "columns")]
    [InlineData("", "empty")]
    public void InvalidFilesAreRefusedWithExitCodeTwo(string content, string reason)
    {
        var (code, output, error) = Run("--input", File(content));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("many")]
    public void ABadGranularityIsRefusedWithExitCodeTwo(string granularity)
    {
        var (code, _, error) = Run("--input", File("id\ttext\nn1\tbonjour\n"), "--granularity", granularity);

        Assert.Equal(2, code);
        Assert.Contains("granularity", error);
    }

    private const string Notes = """
        id	text
        r1	Une ressourcerie pour donner une seconde vie aux objets
        d1	Un drive fermier pour les produits des fermes du coin
        r2	repair café a la ressourcerie pour reparer les objets
        c1	Covoiturage entre voisins pour aller à Aubenas
        d2	drive fermier des produits locaux le vendredi soir
        x1	Un concert de jazz sur la place
        r3	Donner une seconde vie aux objets au lieu de les jeter
        c2	une appli de covoiturage entre voisins du village

        """;

    private static string[][] Rows(string output)
    {
        var lines = output.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("id\tcluster\tlabel", lines[0]);
        return [.. lines.Skip(1).Select(l => l.Split('\t'))];
    }

    [Fact]
    public void PlacedNotesStayInTheirClusterAndTheOthersAreSortedIntoThoseClustersInInputOrder()
    {
        var input = File(Notes);
        var placed = File("id\tcluster\ttitle\nr1\tressources\tRessourcerie\nd1\tdrive\t\nd2\tdrive\tDrive fermier\nc1\tvoisins\t\n");

        var (code, output, error) = Run("--input", input, "--placed", placed);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var rows = Rows(output);
        Assert.Equal(["r1", "d1", "r2", "c1", "d2", "x1", "r3", "c2"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        var cluster = rows.ToDictionary(r => r[0], r => (Cluster: r[1], Label: r[2]));
        Assert.Equal(("ressources", "Ressourcerie"), cluster["r1"]);
        Assert.Equal(("drive", "Drive fermier"), cluster["d1"]);
        Assert.Equal(("drive", "Drive fermier"), cluster["d2"]);
        Assert.Equal(("voisins", ""), cluster["c1"]);
        Assert.Equal(("ressources", "Ressourcerie"), cluster["r2"]);
        Assert.Equal(("ressources", "Ressourcerie"), cluster["r3"]);
        Assert.Equal(("voisins", ""), cluster["c2"]);
        // Nothing in the groups speaks of a concert: it stays to be placed by hand.
        Assert.Equal(("-", ""), cluster["x1"]);
    }

    [Fact]
    public void WithoutPlacedNotesTheOutputIsTheUsualGrouping()
    {
        var input = File(Notes);

        Assert.Equal(Run("--input", input).Output, Run("--input", input, "--granularity", "medium").Output);
        Assert.DoesNotContain("\t-\t", Run("--input", input).Output);
    }

    [Theory]
    [InlineData("id\ttitle\nr1\tRessourcerie\n", "header")]
    [InlineData("cluster\nressources\n", "header")]
    [InlineData("id\tcluster\nzz\tressources\n", "\"zz\" is not a note")]
    [InlineData("id\tcluster\nr1\t\n", "empty cluster")]
    [InlineData("id\tcluster\nr1\tressources\nr1\tdrive\n", "twice")]
    [InlineData("id\tcluster\ttitle\nr1\tressources\tRessourcerie\nr2\tressources\tRecyclerie\n", "two titles")]
    [InlineData("id\tcluster\nr1\n", "columns")]
    public void InvalidPlacedFilesAreRefusedWithExitCodeTwo(string content, string reason)
    {
        var (code, output, error) = Run("--input", File(Notes), "--placed", File(content));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(reason, error);
        Assert.Contains("--placed PLACED.tsv", error);
    }

    [Fact]
    public void AnUnknownArgumentIsRefusedWithExitCodeTwo()
    {
        var (code, _, error) = Run("--input", File("id\ttext\nn1\tbonjour\n"), "--clusters", "4");

        Assert.Equal(2, code);
        Assert.Contains("--clusters", error);
    }
}
