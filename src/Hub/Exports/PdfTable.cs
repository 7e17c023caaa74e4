using PdfSharp.Drawing;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Draws a table on a <see cref="PdfCanvas"/>: a shaded header row, ruled cells, columns as wide as their content
/// asks within the page, text wrapped inside its cell. A row is never cut by a page break (it moves to the next page,
/// under the header drawn again), unless it is taller than a whole page, which it then fills before going on.
/// </summary>
internal static class PdfTable
{
    private const double Size = 9.5;
    private const double PadX = 4;
    private const double PadY = 3;
    private static readonly XPen s_rule = new(XColor.FromArgb(150, 150, 145), 0.6);
    private static readonly XBrush s_headerFill = new XSolidBrush(XColor.FromArgb(231, 240, 234));

    public static void Draw(PdfCanvas canvas, TableBlock table, XBrush ink)
    {
        var columns = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        if (columns == 0)
        {
            return;
        }

        var bold = canvas.Font(Size, bold: true);
        var regular = canvas.Font(Size, bold: false);
        var header = Cells(canvas, table.Header, columns);
        var rows = table.Rows.Select(r => Cells(canvas, r, columns)).ToList();
        var widths = Widths(canvas, header, bold, rows, regular);
        var headerLines = Lines(canvas, header, bold, widths);
        var lineHeight = PdfCanvas.LineHeight(regular);
        var headerHeight = Height(headerLines, lineHeight);

        // The header never stands alone at the bottom of a page.
        canvas.Ensure(headerHeight + (rows.Count == 0 ? 0 : Height(Lines(canvas, rows[0], regular, widths), lineHeight)));
        Row(canvas, headerLines, 0, Count(headerLines), bold, ink, widths, lineHeight, s_headerFill);
        foreach (var row in rows)
        {
            var lines = Lines(canvas, row, regular, widths);
            var count = Count(lines);
            var (from, fresh) = (0, false);
            while (from < count)
            {
                var remaining = count - from;
                var fit = (int)Math.Floor((canvas.Bottom - canvas.Y - (2 * PadY) + 0.01) / lineHeight);
                if (remaining <= fit)
                {
                    Row(canvas, lines, from, remaining, regular, ink, widths, lineHeight, fill: null);
                    break;
                }

                // A row that fits on a fresh page waits for one rather than being cut; only a taller one is.
                if (!fresh && (fit <= 0 || (remaining * lineHeight) + (2 * PadY) <= canvas.PageHeight - headerHeight))
                {
                    canvas.NewPage();
                    Row(canvas, headerLines, 0, Count(headerLines), bold, ink, widths, lineHeight, s_headerFill);
                    fresh = true;
                    continue;
                }

                fit = Math.Max(fit, 1);
                Row(canvas, lines, from, fit, regular, ink, widths, lineHeight, fill: null);
                (from, fresh) = (from + fit, false);
            }
        }

        canvas.Advance(6);
    }

    private static string[] Cells(PdfCanvas canvas, IReadOnlyList<string> row, int columns) =>
        [.. Enumerable.Range(0, columns).Select(i => i < row.Count ? canvas.Printable(row[i]) : string.Empty)];

    /// <summary>
    /// Column widths from content, as a browser lays out a table: a column whose longest line fits in its share of
    /// the width gets just that (so a phone number or a name stays on one line), and the wide columns share what is
    /// left in proportion to their longest lines, each at least as wide as its longest word when the page allows.
    /// Spare width widens every column in proportion, so the table spans the page.
    /// </summary>
    private static double[] Widths(PdfCanvas canvas, string[] header, XFont bold, List<string[]> rows, XFont regular)
    {
        var columns = header.Length;
        var natural = new double[columns];
        var least = new double[columns];
        foreach (var (cells, font) in rows.Select(r => (r, regular)).Prepend((header, bold)))
        {
            for (var i = 0; i < columns; i++)
            {
                foreach (var line in cells[i].Split('\n'))
                {
                    natural[i] = Math.Max(natural[i], canvas.Measure(line, font) + (2 * PadX));
                    least[i] = Math.Max(least[i], line.Split(' ').Max(w => canvas.Measure(w, font)) + (2 * PadX));
                }
            }
        }

        var widths = new double[columns];
        var open = Enumerable.Range(0, columns).ToList();
        var remaining = canvas.Width;
        while (open.Count > 0)
        {
            var share = remaining / open.Count;
            var narrow = open.Where(i => natural[i] <= share).ToList();
            if (narrow.Count == 0)
            {
                break;
            }

            foreach (var i in narrow)
            {
                widths[i] = natural[i];
                remaining -= natural[i];
                open.Remove(i);
            }
        }

        if (open.Count == 0)
        {
            return [.. widths.Select(w => w * canvas.Width / widths.Sum())];
        }

        // The wide columns: their longest words first, then the rest in proportion to how much more each would take.
        var words = open.Sum(i => least[i]);
        var scale = Math.Min(1, remaining / words);
        var spare = Math.Max(0, remaining - words);
        var wanted = open.Sum(i => natural[i] - least[i]);
        foreach (var i in open)
        {
            widths[i] = (least[i] * scale) + (wanted > 0 ? (natural[i] - least[i]) * spare / wanted : spare / open.Count);
        }

        return widths;
    }

    private static List<string>[] Lines(PdfCanvas canvas, string[] cells, XFont font, double[] widths) =>
        [.. cells.Select((cell, i) => cell.Split('\n').SelectMany(line => canvas.Wrap(line, font, widths[i] - (2 * PadX))).ToList())];

    private static int Count(List<string>[] lines) => Math.Max(1, lines.Max(l => l.Count));

    private static double Height(List<string>[] lines, double lineHeight) => (Count(lines) * lineHeight) + (2 * PadY);

    /// <summary>Draws lines <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> of a row, ruled, and moves below it.</summary>
    private static void Row(PdfCanvas canvas, List<string>[] lines, int from, int count, XFont font, XBrush ink, double[] widths, double lineHeight, XBrush? fill)
    {
        var height = (count * lineHeight) + (2 * PadY);
        var x = canvas.Left;
        for (var i = 0; i < widths.Length; i++)
        {
            if (fill is not null)
            {
                canvas.Graphics.DrawRectangle(fill, x, canvas.Y, widths[i], height);
            }

            canvas.Graphics.DrawRectangle(s_rule, x, canvas.Y, widths[i], height);
            for (var line = from; line < Math.Min(from + count, lines[i].Count); line++)
            {
                canvas.Draw(lines[i][line], font, ink, x + PadX, canvas.Y + PadY + ((line - from) * lineHeight));
            }

            x += widths[i];
        }

        canvas.Advance(height);
    }
}
