using AngleSharp.Html.Parser;
using Markdig;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The Big List of Naughty Strings (from web/node_modules) and markup payloads written as canvas entries: the HTML
/// shows them as text only, the Markdown turns none into markup, the PDF draws each on the canvas page without a
/// single "�", and the workbook keeps each exactly as the group kept it.
/// </summary>
public sealed class GroupDossierHostileTextTests
{
    // A payload that closes the canvas's table cells, which only the dossier's grid has.
    private const string CellBreakout = "</li></ul></td></tr></table><iframe src=javascript:alert(1)>";

    [Fact]
    public void HostileCanvasEntriesAreEscapedInHtmlAndMarkdownAndIntactInPdfAndWorkbook()
    {
        PdfFontsTests.RequireFonts();
        var fonts = PdfFonts.EnsureInstalled();
        var strings = NaughtyStrings.All().Append(CellBreakout).Where(Accepted).ToList();
        var blocks = CanvasBlocks.All.Select(b => b.Id).ToList();

        // One entry per block, so every entry has room on the canvas page and none is counted instead of drawn.
        var runs = 0;
        foreach (var chunk in strings.Chunk(blocks.Count))
        {
            var dossier = ScriptedGroup.Run(chunk.Select((text, i) => (blocks[i], text))).Dossier();
            var entries = dossier.Canvas.Where(e => e.Id.StartsWith("i-w", StringComparison.Ordinal)).ToList();
            AssertHtmlShowsOnlyText(dossier, entries);
            AssertMarkdownMakesNoMarkup(dossier);
            AssertPdfDrawsEveryEntry(dossier, entries, fonts);
            AssertWorkbookKeepsEveryEntry(dossier, entries);
            runs++;
        }

        Assert.True(runs > 20, $"only {runs} canvases: the list was not read");
    }

    private static void AssertHtmlShowsOnlyText(GroupDossier dossier, List<DossierEntry> entries)
    {
        var document = new HtmlParser().ParseDocument(GroupDossierFormatsTests.Text(dossier, "html"));
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "span", "ul", "ol", "li", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
        };
        var foreign = document.All.Where(e => !allowed.Contains(e.LocalName)).Select(e => e.LocalName).ToList();
        Assert.True(foreign.Count == 0, $"unexpected elements {string.Join(", ", foreign)}");
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        var items = document.QuerySelectorAll("table.grid li").Select(l => l.TextContent).ToHashSet(StringComparer.Ordinal);
        Assert.All(entries, e => Assert.Contains(e.Text, items));
    }

    private static void AssertMarkdownMakesNoMarkup(GroupDossier dossier)
    {
        var html = Markdown.ToHtml(GroupDossierFormatsTests.Text(dossier, "md"), new MarkdownPipelineBuilder().UsePipeTables().Build());
        var document = new HtmlParser().ParseDocument(html);
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "html", "head", "body", "h1", "h2", "h3", "h4", "p", "strong", "ul", "ol", "li", "br", "hr", "table", "thead", "tbody", "tr", "th", "td" };
        var foreign = document.All.Where(e => !allowed.Contains(e.LocalName)).Select(e => e.LocalName).ToList();
        Assert.True(foreign.Count == 0, $"Markdown made {string.Join(", ", foreign)}");
    }

    private static void AssertPdfDrawsEveryEntry(GroupDossier dossier, List<DossierEntry> entries, PdfFonts fonts)
    {
        var content = GroupDossierExporter.Render(dossier, GroupDossierExporter.Format("pdf"), null, true).Content;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(content);
        var page = pdf.GetPage(1);
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.Letters), l => l.Value.Contains('\uFFFD', StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\+\d+ autres", page.Text);
        var drawn = Squeezed(string.Concat(page.Letters.Select(l => l.Value)));
        Assert.All(entries, e => Assert.Contains(Squeezed(fonts.Printable(e.Text)), drawn, StringComparison.Ordinal));
    }

    private static void AssertWorkbookKeepsEveryEntry(GroupDossier dossier, List<DossierEntry> entries)
    {
        var texts = GroupDossierFormatsTests.Rows(GroupDossierFormatsTests.Workbook(dossier, withContacts: true), "Canvas").Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        Assert.All(entries, e => Assert.Contains(e.Text, texts));
    }

    private static bool Accepted(string text)
    {
        try
        {
            Input.NoteText(text);
            return true;
        }
        catch (WorkshopException)
        {
            return false;
        }
    }

    private static string Squeezed(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
