using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The workbooks: a soirée's sheets Notes, Regroupements, Votes, Pistes and Engagements, or any sheets given, with
/// numbers as numbers, times and days as dates and the header row frozen, written with the Open XML SDK.
/// </summary>
internal static class XlsxExport
{
    public static readonly string[] SheetNames = ["Notes", "Regroupements", "Votes", "Pistes", "Engagements"];

    // Style indexes in the stylesheet below.
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DayStyle = 3;

    public static byte[] Write(SessionDigest digest)
    {
        var text = digest.Text;
        var record = digest.Record;
        return Write(
        [
            new("Notes", text.Columns, NoteRow.From(digest).Select(r => new object?[]
            {
                r.Workshop, r.Table, r.Round, r.Column, r.Text, r.Author, r.Time, r.ClusterId, r.Cluster, r.Votes, r.ClusterVotes, r.Stars, r.Rating, r.Piste,
            })),
            new("Regroupements", text.ClusterColumns, record.Workshops.SelectMany(w => w.Clusters.Select(c => new object?[]
            {
                w.Title, c.Id, c.Title, SessionDigest.NotesOf(w, c.Id).Count, SessionDigest.Dots(w, c.Id),
                SessionDigest.IsStarred(w, c.Id) ? 1 : 0, SessionDigest.PisteOf(w, c.Id)?.Title ?? string.Empty,
            }))),
            new("Votes", text.VoteColumns, record.Workshops.SelectMany(w => w.Votes.Select(v => new object?[]
            {
                w.Title, digest.RoundName(w, v.RoundId), digest.Person(v.VoterId), v.TargetId, digest.TargetLabel(w, v.TargetId),
                SessionDigest.Cluster(w, v.TargetId) is null ? text.NoteKind : text.ClusterKind,
            }))),
            new("Pistes", text.PisteColumns, record.Workshops.SelectMany(w => w.Pistes.Select(p => new object?[]
            {
                w.Title, p.Id, p.Title, SessionDigest.Cluster(w, p.ClusterId)?.Title ?? string.Empty, p.CreatedAt, p.SignUps.Count,
            }))),
            new("Engagements", text.SignUpColumns, record.Workshops.SelectMany(w => w.Pistes.SelectMany(p => p.SignUps.Select(s => new object?[]
            {
                w.Title, p.Title, digest.Person(s.ParticipantId), s.At, s.Contact?.Name, s.Contact?.Email, s.Contact?.Phone,
            })))),
        ]);
    }

    /// <summary>A workbook of the sheets given, in order.</summary>
    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, header, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(header, rows);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var data = new SheetData();
        data.Append(Row(1, header.Cast<object?>().ToArray(), HeaderStyle));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(Row(index++, row, null));
        }

        // The header stays in view while scrolling: a frozen pane below row 1.
        var view = new SheetView { TabSelected = false, WorkbookViewId = 0 };
        view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        var columns = new Columns(new Column { Min = 1, Max = (uint)header.Count, Width = 22, CustomWidth = true });
        return new Worksheet(new SheetViews(view), columns, data);
    }

    private static Row Row(uint index, object?[] values, uint? style)
    {
        var row = new Row { RowIndex = index };
        foreach (var value in values)
        {
            var cell = value switch
            {
                int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
                double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                DateTimeOffset at => new Cell { CellValue = new CellValue(at.UtcDateTime.ToOADate()), StyleIndex = DateStyle },
                DateOnly day => new Cell { CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = DayStyle },
                string s => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(s)) { Space = SpaceProcessingModeValues.Preserve }) },
                _ => new Cell(),
            };
            if (style is { } s2)
            {
                cell.StyleIndex = s2;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>
    /// XML 1.0 cannot carry most control characters, U+FFFE/U+FFFF or a lone surrogate; each becomes U+FFFD so that
    /// no note can make the workbook unreadable.
    /// </summary>
    private static string Clean(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) || (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm:ss" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 4 });
}
