using System.Text.Json;

namespace StartupTerritoire.LiveBench.Servers;

/// <summary>Where the built servers are, found from the repository root above this program.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; set; } = "Release";

    /// <summary>The product's assembly; another build can be named for a before/after comparison.</summary>
    public static string ProductAssembly
    {
        get => field ?? Path.Combine(Root, "src", "Hub", "bin", Configuration, "net10.0", "StartupTerritoire.Server.dll");
        set;
    }

    public static string ProductContentRoot => Path.Combine(Root, "src", "Hub");

    public static string BareHubAssembly => Path.Combine(Root, "bench", "BareHub", "bin", Configuration, "net10.0", "StartupTerritoire.BareHub.dll");

    /// <summary>
    /// The environment variables the product's launch profile gives it under <c>dotnet run</c> (src/Hub/Properties/
    /// launchSettings.json), so the servers run here as the product is started.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ProductLaunchEnvironment()
    {
        using var profile = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProductContentRoot, "Properties", "launchSettings.json")));
        return profile.RootElement.GetProperty("profiles").GetProperty("Hub").GetProperty("environmentVariables")
            .EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString() ?? string.Empty);
    }

    /// <summary>bench/node: the Socket.IO server and the official SignalR JavaScript clients.</summary>
    public static string NodeFolder => Path.Combine(Root, "bench", "node");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StartupTerritoire.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (StartupTerritoire.sln not found above it).");
    }
}
