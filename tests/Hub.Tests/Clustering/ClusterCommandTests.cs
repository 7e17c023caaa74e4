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

    [Fact]
    public void AnUnknownArgumentIsRefusedWithExitCodeTwo()
    {
        var (code, _, error) = Run("--input", File("id\ttext\nn1\tbonjour\n"), "--clusters", "4");

        Assert.Equal(2, code);
        Assert.Contains("--clusters", error);
    }
}
