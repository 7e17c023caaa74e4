using System.Globalization;
using System.Text;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Writes a document as one self-contained, printable HTML page (A4 print styles, charts as inline SVG, a grid as a
/// table printed on a landscape page). Every piece of
/// text is escaped, and the page's own policy forbids scripts, so nothing typed in the room can run when it is opened.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        @page { size: A4; margin: 18mm 16mm; }
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1d1d1b; line-height: 1.45; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.7rem; border-bottom: 3px solid #2f6f4f; padding-bottom: .3rem; }
        h2 { font-size: 1.35rem; color: #2f6f4f; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.4rem; }
        h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
        p, li { white-space: pre-line; overflow-wrap: anywhere; }
        .label { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
        th, td { border: 1px solid #b8b8b0; padding: .25rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eef3ef; }
        figure { margin: .8rem 0; }
        figcaption { font-weight: bold; margin-bottom: .3rem; }
        svg text { font-size: 12px; fill: #1d1d1b; }
        .break { page-break-before: always; break-before: page; }
        table.grid { table-layout: fixed; page: landscape; }
        table.grid td { height: 7rem; }
        table.grid h3 { font-size: .95rem; margin: 0 0 .3rem; color: #2f6f4f; }
        table.grid ul { margin: 0; padding-left: 1.1rem; }
        @page landscape { size: A4 landscape; }
        @media print { body { margin: 0; max-width: none; } h2, h3, h4 { break-after: avoid; } li, tr, figure { break-inside: avoid; } }
        """;

    public static byte[] Write(ReportDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Escape(document.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Escape(document.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        var breakNext = false;
        foreach (var block in document.Blocks)
        {
            if (block is PageBreakBlock)
            {
                breakNext = true;
                continue;
            }

            var cls = breakNext ? " class=\"break\"" : string.Empty;
            breakNext = false;
            switch (block)
            {
                case HeadingBlock h:
                    html.Append(CultureInfo.InvariantCulture, $"<h{h.Level}{cls}>").Append(Escape(h.Text)).Append(CultureInfo.InvariantCulture, $"</h{h.Level}>\n");
                    break;
                case TextBlock t:
                    html.Append("<p").Append(cls).Append('>');
                    if (t.Label is not null)
                    {
                        html.Append("<span class=\"label\">").Append(Escape(t.Label)).Append(t.Text.Length > 0 ? " : " : string.Empty).Append("</span>");
                    }

                    html.Append(Escape(t.Text)).Append("</p>\n");
                    break;
                case ListBlock l:
                    var tag = l.Numbered ? "ol" : "ul";
                    html.Append('<').Append(tag).Append(cls).Append(">\n");
                    foreach (var item in l.Items)
                    {
                        html.Append("<li>").Append(Escape(item)).Append("</li>\n");
                    }

                    html.Append("</").Append(tag).Append(">\n");
                    break;
                case TableBlock table:
                    html.Append("<table").Append(cls).Append(">\n<thead><tr>");
                    foreach (var head in table.Header)
                    {
                        html.Append("<th scope=\"col\">").Append(Escape(head)).Append("</th>");
                    }

                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row)
                        {
                            html.Append("<td>").Append(Escape(cell)).Append("</td>");
                        }

                        html.Append("</tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                    break;
                case ChartBlock chart:
                    Chart(html, chart, cls);
                    break;
                case GridBlock grid:
                    Grid(html, grid, cls);
                    break;
            }
        }

        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Escapes text for HTML element content and quoted attribute values alike.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A grid as a table of equal columns whose cells span columns and rows, so it prints as laid out.</summary>
    private static void Grid(StringBuilder html, GridBlock grid, string cls)
    {
        html.Append("<h2").Append(cls).Append('>').Append(Escape(grid.Title)).Append("</h2>\n<table class=\"grid\">\n<colgroup>");
        html.Insert(html.Length, "<col>", grid.Columns);
        html.Append("</colgroup>\n");
        foreach (var row in grid.Cells.GroupBy(c => c.Row).OrderBy(r => r.Key))
        {
            html.Append("<tr>");
            foreach (var cell in row.OrderBy(c => c.Column))
            {
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"{cell.ColumnSpan}\" rowspan=\"{cell.RowSpan}\"><h3>").Append(Escape(cell.Title)).Append("</h3>");
                if (cell.Items.Count > 0)
                {
                    html.Append("<ul>");
                    foreach (var item in cell.Items)
                    {
                        html.Append("<li>").Append(Escape(item)).Append("</li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Chart(StringBuilder html, ChartBlock chart, string cls)
    {
        const int labelWidth = 220, barWidth = 360, rowHeight = 26, valueWidth = 40;
        var max = Math.Max(1, chart.Bars.Count == 0 ? 1 : chart.Bars.Max(b => b.Value));
        var height = Math.Max(1, chart.Bars.Count) * rowHeight;
        html.Append("<figure").Append(cls).Append("><figcaption>").Append(Escape(chart.Title)).Append("</figcaption>\n")
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{labelWidth + barWidth + valueWidth}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barWidth + valueWidth} {height}\">")
            .Append("<title>").Append(Escape(chart.Title)).Append("</title>\n");
        foreach (var (bar, i) in chart.Bars.Select((b, i) => (b, i)))
        {
            var y = i * rowHeight;
            var width = (int)Math.Round(barWidth * bar.Value / max);
            var label = bar.Label.Length > 34 ? bar.Label[..33] + "…" : bar.Label;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\">").Append(Escape(label)).Append("</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{rowHeight - 8}\" fill=\"#2f6f4f\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 17}\">{bar.Value.ToString("0.##", CultureInfo.InvariantCulture)}</text>\n");
        }

        html.Append("</svg></figure>\n");
    }
}
