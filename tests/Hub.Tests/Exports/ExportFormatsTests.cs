using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine.Export;
using UglyToad.PdfPig;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The scripted evening exported in every format. Text formats are pinned by golden files in Exports/Golden (set
/// UPDATE_GOLDEN=1 to rewrite them after an intended change); the workbook and the PDF are read back.
/// </summary>
public sealed class ExportFormatsTests
{
    private static readonly DateTimeOffset s_exportedAt = new(2026, 11, 27, 22, 0, 0, TimeSpan.Zero);
    private static readonly string s_golden = Path.Combine(RepositoryPaths.Root, "tests", "Hub.Tests", "Exports", "Golden");

    public static TheoryData<string, string> TextFormats => new()
    {
        { "json", "session.json" },
        { "csv", "session-notes.csv" },
        { "csv-semicolon", "session-notes-fr.csv" },
        { "report-md", "session-report.md" },
        { "sheets-md", "session-sheets.md" },
    };

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void TextExportsOfTheScriptedSessionMatchTheirGoldenFiles(string format, string golden)
    {
        var (content, _) = SessionExporter.Render(WholeRecord(), ExportFormat.Parse(format), null);
        var path = Path.Combine(s_golden, golden);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(s_golden);
            File.WriteAllBytes(path, content);
        }

        Assert.True(File.Exists(path), $"Missing golden file {path}: run with UPDATE_GOLDEN=1 once and review it.");
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(path)), Encoding.UTF8.GetString(content));
        Assert.Equal(File.ReadAllBytes(path), content);
    }

    [Fact]
    public void EveryJsonExportFollowsThePublishedSchema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "export-schema.json")));
        var events = ScriptedSession.Run().Events;
        var records = new[]
        {
            WholeRecord(),
            SessionRecorder.Record(events, RecordScope.Table("t2"), s_exportedAt),
            SessionRecorder.Record(ScriptedSession.Run(anonymous: true).Events, RecordScope.Session, s_exportedAt),
        };
        foreach (var record in records)
        {
            using var json = JsonDocument.Parse(SessionExportJson.Write(record));
            var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void CsvStartsWithByteOrderMarkAndNeutralisesFormulaCells()
    {
        var (content, fileName) = SessionExporter.Render(WholeRecord(), ExportFormat.Parse("csv"), null);
        Assert.Equal([0xEF, 0xBB, 0xBF], content[..3]);
        Assert.Equal("soiree-creative-du-val-de-ligne-2026-11-27-notes.csv", fileName);
        var text = Encoding.UTF8.GetString(content[3..]);
        Assert.Contains("\"'=SOMME(A1:A3), \"\"navette\"\"; le mardi\nvers Aubenas\"", text, StringComparison.Ordinal);
        Assert.Contains(",'-Normes sanitaires,", text, StringComparison.Ordinal);
        Assert.Contains(",'+ Ouvrir le samedi,", text, StringComparison.Ordinal);
        Assert.Contains(",'@Pas de local,", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookHasFiveSheetsWithTypedCellsAndFrozenHeaders()
    {
        var (content, _) = SessionExporter.Render(WholeRecord(), ExportFormat.Parse("xlsx"), null);
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Notes", "Regroupements", "Votes", "Pistes", "Engagements"], sheets.Select(s => s.Name!.Value));
        var dateFormats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();

        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
        }

        var notes = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(12, notes.Count);
        var first = notes[1].Elements<Cell>().ToList();
        Assert.Equal("Se déplacer sans voiture", first[0].InlineString!.InnerText);
        Assert.Equal("Un covoiturage organisé par la mairie", first[4].InlineString!.InnerText);
        var time = first[6];
        Assert.Null(time.DataType);
        Assert.Equal(164u, dateFormats[(int)time.StyleIndex!.Value].NumberFormatId!.Value);
        var at = DateTime.FromOADate(double.Parse(time.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ScriptedSession.Start.UtcDateTime.Date, at.Date);
        Assert.Equal(CellValues.Number, first[10].DataType!.Value);
        Assert.Equal("3", first[10].CellValue!.Text);

        var engagements = ((WorksheetPart)workbook.GetPartById(sheets[4].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(5, engagements.Count);
        Assert.Contains(engagements, r => r.InnerText.Contains("alice@example.org", StringComparison.Ordinal));
        Assert.DoesNotContain(engagements, r => r.InnerText.Contains("bruno@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public void PdfReportIsAValidPdfWithTheSessionsFrenchText()
    {
        var (content, fileName) = SessionExporter.Render(WholeRecord(), ExportFormat.Parse("report-pdf"), null);
        Assert.EndsWith("-report.pdf", fileName, StringComparison.Ordinal);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(content, 0, 5));
        using var pdf = PdfDocument.Open(content);
        Assert.True(pdf.NumberOfPages >= 3);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        foreach (var expected in new[] { "Se déplacer sans voiture", "Partager la voiture", "Covoiturage de village", "Conserverie mobile", "Recyclerie du Val", "Chloé", "Moyenne 4,0 sur 5" })
        {
            Assert.Contains(expected.Replace(" ", string.Empty, StringComparison.Ordinal), text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ExportThenImportThenExportGivesTheSameContent()
    {
        var first = WholeRecord();
        var code = StartupTerritoire.WorkshopEngine.Sessions.JoinCode.FromRandom([1, 2, 3, 4, 5, 6, 7, 8]);
        var events = SessionRestorer.Restore(first, "restored", code, "animateur-2");
        var second = SessionRecorder.Record(events, RecordScope.Session, s_exportedAt.AddDays(1));
        Assert.Equal(SameContent(first), SameContent(second));
        Assert.Equal("restored", second.Session.Id);
        Assert.Equal(code, second.Session.JoinCode);
    }

    [Fact]
    public void CoAnimatorRecordHoldsOnlyTheirTableWithoutContactDetails()
    {
        var record = SessionRecorder.Record(ScriptedSession.Run().Events, RecordScope.Table("t1"), s_exportedAt);
        Assert.Equal(["w-emergence"], record.Workshops.Select(w => w.Id));
        Assert.Equal(["t1"], record.Tables.Select(t => t.Id));
        Assert.All(record.Workshops.SelectMany(w => w.Pistes).SelectMany(p => p.SignUps), s => Assert.Null(s.Contact));
        var sheets = Encoding.UTF8.GetString(SessionExporter.Render(record, ExportFormat.Parse("sheets-md"), null).Content);
        Assert.DoesNotContain("alice@example", sheets, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousSessionLeavesNicknamesOutOfEveryExport()
    {
        var record = SessionRecorder.Record(ScriptedSession.Run(anonymous: true).Events, RecordScope.Session, s_exportedAt);
        Assert.All(record.Participants, p => Assert.Null(p.Nickname));
        foreach (var format in ExportFormat.All.Where(f => f.Name is not "xlsx" and not "report-pdf"))
        {
            var text = Encoding.UTF8.GetString(SessionExporter.Render(record, format, null).Content);
            Assert.DoesNotContain("Bruno", text, StringComparison.Ordinal);
            if (format.Name != "json")
            {
                Assert.Contains("anonyme", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ReportSpeaksEnglishWhenAsked()
    {
        var html = Encoding.UTF8.GetString(SessionExporter.Render(WholeRecord(), ExportFormat.Parse("report-html"), "en").Content);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Votes per cluster", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
    }

    internal static SessionExport WholeRecord() => SessionRecorder.Record(ScriptedSession.Run().Events, RecordScope.Session, s_exportedAt);

    /// <summary>
    /// "Same content": the JSON export with the three things an import must renew left out: the soirée's id, its join
    /// code, and the moment of export. Everything else (every id inside, every text, every time) must be equal.
    /// </summary>
    internal static string SameContent(SessionExport record)
    {
        var json = JsonNode.Parse(SessionExportJson.Write(record))!.AsObject();
        json.Remove("exportedAt");
        json["session"]!.AsObject().Remove("id");
        json["session"]!.AsObject().Remove("joinCode");
        return json.ToJsonString();
    }
}
