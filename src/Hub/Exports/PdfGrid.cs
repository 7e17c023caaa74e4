using System.Globalization;
using PdfSharp.Drawing;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Draws a <see cref="GridBlock"/> over the rest of a page: its title, then each cell ruled, with a shaded title band
/// and its entries as a bulleted list. A cell's entries take the largest size at which they all fit; below the smallest
/// readable size, the entries that fit are drawn in order and the others counted on a last line ("+3 autres"), so none
/// is lost without a word.
/// </summary>
internal static class PdfGrid
{
    private const double TitleSize = 13;
    private const double CellTitleSize = 9;
    private const double Pad = 4;
    private const string Bullet = "• ";
    private static readonly double[] s_sizes = [9, 8.5, 8, 7.5, 7, 6.5, 6];
    private static readonly XPen s_rule = new(XColor.FromArgb(120, 120, 115), 0.8);
    private static readonly XBrush s_band = new XSolidBrush(XColor.FromArgb(231, 240, 234));
    private static readonly XBrush s_muted = new XSolidBrush(XColor.FromArgb(90, 90, 85));

    public static void Draw(PdfCanvas canvas, GridBlock grid, XBrush ink, XBrush accent)
    {
        var title = canvas.Font(TitleSize, bold: true);
        canvas.Draw(canvas.Fit(canvas.Printable(grid.Title), title, canvas.Width), title, accent, canvas.Left, canvas.Y);
        canvas.Advance(PdfCanvas.LineHeight(title) + 4);

        var (top, height) = (canvas.Y, canvas.Bottom - canvas.Y);
        var column = canvas.Width / Math.Max(1, grid.Columns);
        var weights = grid.RowWeights.Sum();
        var rowTops = new double[grid.RowWeights.Count + 1];
        for (var i = 0; i < grid.RowWeights.Count; i++)
        {
            rowTops[i + 1] = rowTops[i] + (height * grid.RowWeights[i] / weights);
        }

        foreach (var cell in grid.Cells)
        {
            var x = canvas.Left + (cell.Column * column);
            var y = top + rowTops[cell.Row];
            var bottom = top + rowTops[Math.Min(cell.Row + cell.RowSpan, grid.RowWeights.Count)];
            Cell(canvas, cell, grid.More, x, y, cell.ColumnSpan * column, bottom - y, ink);
        }

        canvas.Advance(height);
    }

    private static void Cell(PdfCanvas canvas, GridCell cell, string more, double x, double y, double width, double height, XBrush ink)
    {
        var bold = canvas.Font(CellTitleSize, bold: true);
        var band = PdfCanvas.LineHeight(bold) + (2 * Pad);
        canvas.Graphics.DrawRectangle(s_band, x, y, width, band);
        canvas.Graphics.DrawRectangle(s_rule, x, y, width, height);
        canvas.Draw(canvas.Fit(canvas.Printable(cell.Title), bold, width - (2 * Pad)), bold, ink, x + Pad, y + Pad);

        var (font, laid, shown) = Layout(canvas, cell.Items, width - (2 * Pad), height - band - (2 * Pad));
        var lineHeight = PdfCanvas.LineHeight(font);
        var hang = canvas.Measure(Bullet, font);
        var at = y + band + Pad;
        for (var i = 0; i < shown; i++)
        {
            canvas.Draw(Bullet, font, ink, x + Pad, at);
            foreach (var line in laid[i])
            {
                canvas.Draw(line, font, ink, x + Pad + hang, at);
                at += lineHeight;
            }
        }

        if (shown < cell.Items.Count)
        {
            var count = string.Format(CultureInfo.InvariantCulture, more, cell.Items.Count - shown);
            canvas.Draw(count, canvas.Font(font.Size, bold: true), s_muted, x + Pad + hang, at);
        }
    }

    /// <summary>
    /// The size the entries are drawn at, each entry's lines at that size, and how many entries are drawn: all of them
    /// at the largest size where they fit, else as many as fit at the smallest size with a line left for the count.
    /// </summary>
    private static (XFont Font, List<List<string>> Lines, int Shown) Layout(PdfCanvas canvas, IReadOnlyList<string> items, double width, double height)
    {
        foreach (var size in s_sizes)
        {
            var font = canvas.Font(size, bold: false);
            var lines = Wrap(canvas, items, font, width);
            if (lines.Sum(l => l.Count) * PdfCanvas.LineHeight(font) <= height)
            {
                return (font, lines, items.Count);
            }
        }

        var smallest = canvas.Font(s_sizes[^1], bold: false);
        var wrapped = Wrap(canvas, items, smallest, width);
        var room = (int)Math.Floor(height / PdfCanvas.LineHeight(smallest)) - 1;
        var shown = 0;
        for (var used = 0; shown < wrapped.Count && used + wrapped[shown].Count <= room; shown++)
        {
            used += wrapped[shown].Count;
        }

        return (smallest, wrapped, shown);
    }

    private static List<List<string>> Wrap(PdfCanvas canvas, IReadOnlyList<string> items, XFont font, double width)
    {
        var inner = width - canvas.Measure(Bullet, font);
        return [.. items.Select(item => canvas.Printable(item).Split('\n').SelectMany(line => canvas.Wrap(line, font, inner)).ToList())];
    }
}
