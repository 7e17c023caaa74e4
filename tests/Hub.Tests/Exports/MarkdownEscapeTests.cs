using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using StartupTerritoire.Server.Exports;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// Markdown text stays as typed where Markdown reads nothing special into it, and gets a backslash where it would:
/// checked against expected strings, then read back by a CommonMark parser with GitHub's tables (Markdig), which
/// must find no markup and give back the text.
/// </summary>
public sealed class MarkdownEscapeTests
{
    private static readonly MarkdownPipeline s_commonMarkWithTables = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static TheoryData<string, string> Paragraphs => new()
    {
        { "rendez-vous à 18 h", "rendez-vous à 18 h" },
        { "+33 6 12 34 56 78", "+33 6 12 34 56 78" },
        { "C'est *génial*", "C'est \\*génial\\*" },
        { "# pas un titre", "\\# pas un titre" },
        { "###### six dièses", "\\###### six dièses" },
        { "#hashtag du jour", "#hashtag du jour" },
        { "- pas une liste", "\\- pas une liste" },
        { "-Normes sanitaires", "-Normes sanitaires" },
        { "+ Ouvrir le samedi", "\\+ Ouvrir le samedi" },
        { "* une étoile", "\\* une étoile" },
        { "2026. Une belle année", "2026\\. Une belle année" },
        { "1) d'abord", "1\\) d'abord" },
        { "3.5 km à vélo", "3.5 km à vélo" },
        { "> une citation", "\\> une citation" },
        { "a > b, c = d", "a > b, c = d" },
        { "===", "\\===" },
        { "---", "\\---" },
        { "    du code ?", "du code ?" },
        { "~~~", "\\~~~" },
        { "| a | b |", "\\| a | b |" },
        { "snake_case", "snake\\_case" },
        { "[lien](javascript:alert(1))", "\\[lien\\](javascript:alert(1))" },
        { "![x](http://evil.example/x.png)", "!\\[x\\](http://evil.example/x.png)" },
        { "<script>alert(1)</script>", "\\<script>alert(1)\\</script>" },
        { "C:\\dossier\\", "C:\\\\dossier\\\\" },
        { "`code`", "\\`code\\`" },
        { "R&D, &amp; et &#169;", "R&D, \\&amp; et \\&#169;" },
        { "=SOMME(A1:A3), \"navette\"; le mardi", "=SOMME(A1:A3), \"navette\"; le mardi" },
        { "l'été, 20 € (env.) ; ok ! {a} 50% ~ @Pas de local", "l'été, 20 € (env.) ; ok ! {a} 50% ~ @Pas de local" },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void ParagraphTextIsEscapedOnlyWhereMarkdownWouldReadMarkup(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownReportWriter.Block(text));

    [Fact]
    public void EachLineOfAMultiLineNoteIsEscapedAtItsStartAndStaysInItsListItem() =>
        Assert.Equal("vers Aubenas\\\n  \\# pas un titre\\\n  \\- ni une liste\\\n  rendez-vous",
            MarkdownReportWriter.Block("vers Aubenas\n# pas un titre\r\n- ni une liste\n   rendez-vous", "  "));

    [Fact]
    public void TextAfterALabelIsNotTheStartOfALine() =>
        Assert.Equal("# pas un titre\\\n\\# ni celui-ci", MarkdownReportWriter.Block("# pas un titre\n# ni celui-ci", startsLine: false));

    [Fact]
    public void CellsEscapePipesAndHeadingsTheirClosingHashes()
    {
        Assert.Equal("a \\| b", MarkdownReportWriter.Cell("a | b"));
        Assert.Equal("# x - y", MarkdownReportWriter.Cell("# x\n- y"));
        Assert.Equal("a | b", MarkdownReportWriter.Inline("a | b"));
        Assert.Equal("Réunion \\#", MarkdownReportWriter.Heading("Réunion #"));
        Assert.Equal("\\##", MarkdownReportWriter.Heading("##"));
        Assert.Equal("C# et F#", MarkdownReportWriter.Heading("C# et F#"));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void EscapedTextReadsBackWithoutMarkupInEveryPlaceItGoes(string text, string escaped)
    {
        _ = escaped;
        var oneLine = text.Trim();
        AssertOnly($"{MarkdownReportWriter.Block(text)}\n", "p", text.TrimStart());
        AssertOnly($"- {MarkdownReportWriter.Block(text + "\n" + text, "  ")}\n", "li", $"{text.TrimStart()}\n{text.TrimStart()}");
        AssertOnly($"1. {MarkdownReportWriter.Block(text, "   ")}\n", "li", text.TrimStart());
        AssertOnly($"## {MarkdownReportWriter.Heading(text)}\n", "h2", oneLine);
        AssertOnly($"| h |\n| --- |\n| {MarkdownReportWriter.Cell(text)} |\n", "td", oneLine);
    }

    /// <summary>The Markdown gives one element of the kind expected, holding exactly the text, and no other markup.</summary>
    private static void AssertOnly(string markdown, string element, string text)
    {
        var html = Markdown.ToHtml(markdown, s_commonMarkWithTables);
        var body = new HtmlParser().ParseDocument(html).Body!;
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "p", "br", "ul", "ol", "li", "h2", "table", "thead", "tbody", "tr", "th", "td" };
        Assert.True(body.Descendants<IElement>().All(e => allowed.Contains(e.LocalName)), $"markup in {markdown}: {html}");
        var found = Assert.Single(body.QuerySelectorAll(element));
        foreach (var br in found.QuerySelectorAll("br").ToList())
        {
            br.Replace(found.Owner!.CreateTextNode("\n"));
        }

        var lines = found.TextContent.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        Assert.Equal(string.Join('\n', text.Split('\n').Select(l => l.Trim())), string.Join('\n', lines));
    }
}
