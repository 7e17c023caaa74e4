using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Writes a document as an A4 PDF with PDFsharp (MIT), laid out here: headings, wrapped paragraphs, lists, ruled
/// tables, bar charts drawn as rectangles, grids on a landscape page of their own, and page breaks. Fonts come from <see cref="PdfFonts"/>.
/// </summary>
internal static class PdfReportWriter
{
    private static readonly XBrush s_ink = new XSolidBrush(XColor.FromArgb(29, 29, 27));
    private static readonly XBrush s_accent = new XSolidBrush(XColor.FromArgb(47, 111, 79));

    public static byte[] Write(ReportDocument document, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fonts = PdfFonts.EnsureInstalled();
        var pdf = new PdfDocument();
        pdf.Info.Title = fonts.Printable(document.Title);
        pdf.Info.CreationDate = createdAt.UtcDateTime;
        pdf.Info.ModificationDate = createdAt.UtcDateTime;
        using var canvas = new PdfCanvas(pdf, fonts);
        canvas.NewPage(landscape: document.Blocks is [GridBlock, ..]);
        ReportBlock? previous = null;
        foreach (var block in document.Blocks)
        {
            // A grid fills its landscape page: what follows starts a portrait one.
            if (previous is GridBlock && block is not PageBreakBlock)
            {
                canvas.NewPage();
            }

            Draw(canvas, block);
            previous = block;
        }

        canvas.Dispose();
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return canvas.DrewBeyondBmp ? PdfUnicodeMaps.Mend(stream.ToArray(), createdAt) : stream.ToArray();
    }

    private static void Draw(PdfCanvas canvas, ReportBlock block)
    {
        var regular = canvas.Font(10, bold: false);
        switch (block)
        {
            case HeadingBlock h:
                var size = h.Level switch { 1 => 18, 2 => 15, 3 => 12.5, _ => 11 };
                canvas.Advance(h.Level <= 2 ? 14 : 8);
                Paragraph(canvas, h.Text, canvas.Font(size, bold: true), h.Level == 2 ? s_accent : s_ink, 0, keepWith: 40);
                canvas.Advance(3);
                break;
            case TextBlock t:
                Paragraph(canvas, t.Label is null ? t.Text : $"{t.Label} : {t.Text}", regular, s_ink, 0);
                canvas.Advance(4);
                break;
            case ListBlock l:
                // A hanging indent: wrapped and continued lines start under the item's text, not under its marker.
                string Marker(int i) => l.Numbered ? $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. " : "• ";
                var hang = canvas.Measure(Marker(l.Items.Count - 1), regular);
                foreach (var (item, i) in l.Items.Select((x, i) => (x, i)))
                {
                    Paragraph(canvas, item, regular, s_ink, 12 + hang, marker: Marker(i));
                }

                canvas.Advance(4);
                break;
            case TableBlock table:
                PdfTable.Draw(canvas, table, s_ink);
                break;
            case ChartBlock chart:
                Chart(canvas, chart);
                break;
            case GridBlock grid:
                if (!canvas.Landscape || !canvas.AtTop)
                {
                    canvas.NewPage(landscape: true);
                }

                PdfGrid.Draw(canvas, grid, s_ink, s_accent);
                break;
            case PageBreakBlock:
                canvas.NewPage();
                break;
        }
    }

    private static void Chart(PdfCanvas canvas, ChartBlock chart)
    {
        const double rowHeight = 16, labelWidth = 170;
        Paragraph(canvas, chart.Title, canvas.Font(10, bold: true), s_ink, 0, keepWith: rowHeight * 2);
        var max = Math.Max(1, chart.Bars.Count == 0 ? 1 : chart.Bars.Max(b => b.Value));
        var font = canvas.Font(9, bold: false);
        foreach (var bar in chart.Bars)
        {
            canvas.Ensure(rowHeight);
            var top = canvas.Y + 11 - font.GetHeight();
            canvas.Draw(canvas.Fit(canvas.Printable(bar.Label), font, labelWidth - 6), font, s_ink, canvas.Left, top);
            var width = (canvas.Width - labelWidth - 30) * bar.Value / max;
            canvas.Graphics.DrawRectangle(s_accent, canvas.Left + labelWidth, canvas.Y + 3, Math.Max(width, 0.5), rowHeight - 6);
            canvas.Draw(bar.Value.ToString("0.##", CultureInfo.InvariantCulture), font, s_ink, canvas.Left + labelWidth + width + 4, top);
            canvas.Advance(rowHeight);
        }

        canvas.Advance(6);
    }

    /// <summary>
    /// Wraps text at word boundaries, line by line, and moves on to new pages as needed; a list item's marker goes in
    /// the indent of its first line.
    /// </summary>
    private static void Paragraph(PdfCanvas canvas, string text, XFont font, XBrush brush, double indent, double keepWith = 0, string? marker = null)
    {
        var lineHeight = PdfCanvas.LineHeight(font);
        canvas.Ensure(lineHeight + keepWith);
        foreach (var paragraph in canvas.Printable(text).Split('\n'))
        {
            foreach (var line in canvas.Wrap(paragraph, font, canvas.Width - indent))
            {
                canvas.Ensure(lineHeight);
                if (marker is not null)
                {
                    canvas.Draw(marker, font, brush, canvas.Left + indent - canvas.Measure(marker, font), canvas.Y);
                    marker = null;
                }

                canvas.Draw(line, font, brush, canvas.Left + indent, canvas.Y);
                canvas.Advance(lineHeight);
            }
        }
    }
}
