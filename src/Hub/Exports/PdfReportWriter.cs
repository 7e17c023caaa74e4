using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Writes a document as an A4 PDF with PDFsharp (MIT), laid out here: headings, wrapped paragraphs, lists, tables as
/// rows, bar charts drawn as rectangles, and page breaks. Fonts come from <see cref="PdfFonts"/>.
/// </summary>
internal sealed class PdfReportWriter
{
    private const double Margin = 50;
    private static readonly XBrush s_ink = new XSolidBrush(XColor.FromArgb(29, 29, 27));
    private static readonly XBrush s_accent = new XSolidBrush(XColor.FromArgb(47, 111, 79));
    private readonly PdfDocument _pdf = new();
    private PdfPage _page = null!;
    private XGraphics _gfx = null!;
    private double _y;

    public static byte[] Write(ReportDocument document, DateTimeOffset createdAt)
    {
        PdfFonts.EnsureInstalled();
        var writer = new PdfReportWriter();
        writer._pdf.Info.Title = Printable(document.Title);
        writer._pdf.Info.CreationDate = createdAt.UtcDateTime;
        writer._pdf.Info.ModificationDate = createdAt.UtcDateTime;
        writer.NewPage();
        foreach (var block in document.Blocks)
        {
            writer.Draw(block);
        }

        writer._gfx.Dispose();
        using var stream = new MemoryStream();
        writer._pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private double Width => _page.Width.Point - 2 * Margin;

    private void Draw(ReportBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                var size = h.Level switch { 1 => 18, 2 => 15, 3 => 12.5, _ => 11 };
                Space(h.Level <= 2 ? 14 : 8);
                Paragraph(h.Text, new XFont(PdfFonts.Family, size, XFontStyleEx.Bold), h.Level == 2 ? s_accent : s_ink, 0, keepWith: 40);
                Space(3);
                break;
            case TextBlock t:
                Paragraph(t.Label is null ? t.Text : $"{t.Label} : {t.Text}", Regular, s_ink, 0);
                Space(4);
                break;
            case ListBlock l:
                foreach (var (item, i) in l.Items.Select((x, i) => (x, i)))
                {
                    Paragraph((l.Numbered ? $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. " : "• ") + item, Regular, s_ink, 12);
                }

                Space(4);
                break;
            case TableBlock table:
                Paragraph(string.Join("  |  ", table.Header), new XFont(PdfFonts.Family, 10, XFontStyleEx.Bold), s_ink, 0);
                foreach (var row in table.Rows)
                {
                    Paragraph(string.Join("  |  ", row), Regular, s_ink, 0);
                }

                Space(4);
                break;
            case ChartBlock chart:
                Chart(chart);
                break;
            case PageBreakBlock:
                NewPage();
                break;
        }
    }

    private static XFont Regular => new(PdfFonts.Family, 10, XFontStyleEx.Regular);

    private void Chart(ChartBlock chart)
    {
        const double rowHeight = 16, labelWidth = 170;
        Paragraph(chart.Title, new XFont(PdfFonts.Family, 10, XFontStyleEx.Bold), s_ink, 0, keepWith: rowHeight * 2);
        var max = Math.Max(1, chart.Bars.Count == 0 ? 1 : chart.Bars.Max(b => b.Value));
        var font = new XFont(PdfFonts.Family, 9, XFontStyleEx.Regular);
        foreach (var bar in chart.Bars)
        {
            Ensure(rowHeight);
            var label = Fit(Printable(bar.Label), font, labelWidth - 6);
            _gfx.DrawString(label, font, s_ink, Margin, _y + 11);
            var width = (Width - labelWidth - 30) * bar.Value / max;
            _gfx.DrawRectangle(s_accent, Margin + labelWidth, _y + 3, Math.Max(width, 0.5), rowHeight - 6);
            _gfx.DrawString(bar.Value.ToString("0.##", CultureInfo.InvariantCulture), font, s_ink, Margin + labelWidth + width + 4, _y + 11);
            _y += rowHeight;
        }

        Space(6);
    }

    /// <summary>Wraps text at word boundaries (breaking words longer than a line) and moves on to new pages as needed.</summary>
    private void Paragraph(string text, XFont font, XBrush brush, double indent, double keepWith = 0)
    {
        var lineHeight = font.GetHeight() * 1.2;
        Ensure(lineHeight + keepWith);
        foreach (var paragraph in Printable(text).Split('\n'))
        {
            foreach (var line in Wrap(paragraph, font, Width - indent))
            {
                Ensure(lineHeight);
                _gfx.DrawString(line, font, brush, Margin + indent, _y + font.GetHeight());
                _y += lineHeight;
            }
        }
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (_gfx.MeasureString(candidate, font).Width <= width)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length > 0)
            {
                yield return line.ToString();
                line.Clear();
            }

            var rest = word;
            while (rest.Length > 0 && _gfx.MeasureString(rest, font).Width > width)
            {
                var cut = rest.Length - 1;
                while (cut > 1 && _gfx.MeasureString(rest[..cut], font).Width > width)
                {
                    cut--;
                }

                yield return rest[..cut];
                rest = rest[cut..];
            }

            line.Append(rest);
        }

        yield return line.ToString();
    }

    private string Fit(string text, XFont font, double width)
    {
        if (_gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && _gfx.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    private void Ensure(double height)
    {
        if (_y + height > _page.Height.Point - Margin)
        {
            NewPage();
        }
    }

    private void Space(double height) => _y += height;

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _pdf.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    /// <summary>
    /// Keeps what the fonts can draw: characters outside the Basic Multilingual Plane (emoji) and control or
    /// unassigned characters are replaced by U+FFFD, so no input can break the layout.
    /// </summary>
    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            builder.Append(rune.Value == '\n' ? "\n"
                : rune.IsBmp && category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
                    ? rune.ToString()
                    : "\uFFFD");
        }

        return builder.ToString();
    }
}
