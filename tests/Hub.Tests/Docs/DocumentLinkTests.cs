using System.Text;
using System.Text.RegularExpressions;

namespace StartupTerritoire.Server.Tests.Docs;

/// <summary>
/// The protocol is read by people writing clients, who follow its section numbers and links: each numbered section has
/// its own number, and every link of the documents to a section reaches it, under the number its text gives.
/// </summary>
public sealed partial class DocumentLinkTests
{
    private static readonly string[] s_documents = ["README.md", "docs/protocol.md", "docs/operations.md"];

    [Fact]
    public void EverySectionOfTheProtocolHasItsOwnNumber()
    {
        var numbers = Headings("docs/protocol.md").Select(h => SectionNumber().Match(h)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(numbers);
        Assert.Empty(numbers.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void EveryLinkToASectionReachesItUnderTheNumberItsTextGives()
    {
        var problems = new List<string>();
        foreach (var document in s_documents)
        {
            var folder = Path.GetDirectoryName(document)!;
            var lines = File.ReadAllLines(RepositoryPaths.ExistingFile(document.Split('/')));
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match link in SectionLink().Matches(lines[i]))
                {
                    var target = link.Groups["file"].Value.Length == 0 ? document : Path.Combine(folder, link.Groups["file"].Value).Replace('\\', '/');
                    var anchor = link.Groups["anchor"].Value;
                    if (!Headings(target).Select(Slug).Contains(anchor, StringComparer.Ordinal))
                    {
                        problems.Add($"{document}:{i + 1}: no section #{anchor} in {target}");
                    }
                    else if (LinkNumber().Match(link.Groups["text"].Value) is { Success: true } number
                        && !anchor.StartsWith(number.Groups[1].Value.TrimEnd('.').Replace(".", string.Empty, StringComparison.Ordinal) + "-", StringComparison.Ordinal))
                    {
                        problems.Add($"{document}:{i + 1}: '{link.Groups["text"].Value}' links to #{anchor}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Headings(string document) =>
        File.ReadLines(RepositoryPaths.ExistingFile(document.Split('/')))
            .Where(l => l.StartsWith('#'))
            .Select(l => l.TrimStart('#').Trim());

    // GitHub's anchor for a heading: lower case, punctuation dropped, spaces turned into hyphens.
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '-')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\.? ")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<file>(?:[^)#\s]*\.md)?)#(?<anchor>[^)\s]+)\)")]
    private static partial Regex SectionLink();

    [GeneratedRegex(@"§\s?(\d+(?:\.\d+)*)")]
    private static partial Regex LinkNumber();
}
