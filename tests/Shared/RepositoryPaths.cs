namespace StartupTerritoire.Testing;

/// <summary>Where things are, found from the test binaries: tests/&lt;project&gt;/bin/&lt;configuration&gt;/net10.0.</summary>
public static class RepositoryPaths
{
    private static readonly DirectoryInfo s_testBin = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>The repository root.</summary>
    public static string Root { get; } = s_testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;

    /// <summary>The build configuration the tests were built in, which is also the Hub's.</summary>
    public static string Configuration { get; } = s_testBin.Parent!.Name;

    /// <summary>src/Hub, whose wwwroot holds the built pages, as `dotnet run` would use it.</summary>
    public static string HubProject { get; } = Path.Combine(Root, "src", "Hub");

    /// <summary>The Hub as built beside these tests: src/Hub/bin/&lt;configuration&gt;/net10.0.</summary>
    public static string ServerAssembly()
    {
        var path = Path.Combine(HubProject, "bin", Configuration, s_testBin.Name, "StartupTerritoire.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the Hub first: {path} is missing.");
    }

    /// <summary>A file of the repository by its path from the root, which must exist.</summary>
    public static string ExistingFile(params string[] parts)
    {
        var path = Path.Combine([Root, .. parts]);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing.", path);
    }
}
