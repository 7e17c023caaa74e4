using System.Text.RegularExpressions;

namespace StartupTerritoire.WeightBench;

/// <summary>
/// The files of one built page: what its first screen needs (the page, its styles, its script and the chunks the
/// page preloads) and what its script loads later with a dynamic import (the phone's live part), read from the web
/// build's output as a browser would find them.
/// </summary>
internal sealed partial class PageFiles
{
    private PageFiles(string page, IReadOnlyList<string> firstScreen, IReadOnlyList<string> later)
    {
        Page = page;
        FirstScreen = firstScreen;
        Later = later;
    }

    public string Page { get; }

    /// <summary>Paths from the web root, the page itself first.</summary>
    public IReadOnlyList<string> FirstScreen { get; }

    public IReadOnlyList<string> Later { get; }

    public static PageFiles Read(string webRoot, string page)
    {
        var html = File.ReadAllText(Path.Combine(webRoot, page));
        var firstScreen = new List<string> { page };
        firstScreen.AddRange(Reference().Matches(html).Select(m => "assets/" + m.Groups["file"].Value));
        var later = new List<string>();
        foreach (var script in firstScreen.Where(f => f.EndsWith(".js", StringComparison.Ordinal)).ToList())
        {
            foreach (Match dynamicImport in DynamicImport().Matches(File.ReadAllText(Path.Combine(webRoot, script))))
            {
                AddWithImports(webRoot, "assets/" + dynamicImport.Groups["file"].Value, firstScreen, later);
            }
        }

        return new PageFiles(page, firstScreen, later);
    }

    private static void AddWithImports(string webRoot, string script, List<string> loaded, List<string> later)
    {
        if (loaded.Contains(script) || later.Contains(script))
        {
            return;
        }

        later.Add(script);
        foreach (Match staticImport in StaticImport().Matches(File.ReadAllText(Path.Combine(webRoot, script))))
        {
            AddWithImports(webRoot, "assets/" + staticImport.Groups["file"].Value, loaded, later);
        }
    }

    [GeneratedRegex(@"(?:href|src)=""/assets/(?<file>[\w.-]+\.(?:js|css))""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"import\(""\./(?<file>[\w.-]+\.js)""\)")]
    private static partial Regex DynamicImport();

    [GeneratedRegex(@"(?:from|import)\s*""\./(?<file>[\w.-]+\.js)""")]
    private static partial Regex StaticImport();
}
