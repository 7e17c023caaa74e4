using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Writes a document as Markdown. Text is escaped only where Markdown would read it as markup, so a note can never
/// turn into a link, an image, a heading or raw HTML, and reads as typed in a text editor; charts become small tables.
/// </summary>
internal static class MarkdownReportWriter
{
    public static byte[] Write(ReportDocument document)
    {
        var md = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    md.Append('#', h.Level).Append(' ').Append(Heading(h.Text)).Append("\n\n");
                    break;
                case TextBlock t:
                    if (t.Label is not null)
                    {
                        md.Append("**").Append(Inline(t.Label)).Append("**").Append(t.Text.Length > 0 ? " : " : string.Empty);
                    }

                    md.Append(Block(t.Text, startsLine: t.Label is null)).Append("\n\n");
                    break;
                case ListBlock l:
                    foreach (var (item, i) in l.Items.Select((x, i) => (x, i)))
                    {
                        var marker = l.Numbered ? $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. " : "- ";
                        md.Append(marker).Append(Block(item, new string(' ', marker.Length))).Append('\n');
                    }

                    md.Append('\n');
                    break;
                case TableBlock table:
                    Table(md, table.Header, table.Rows);
                    break;
                case ChartBlock chart:
                    md.Append("**").Append(Inline(chart.Title)).Append("**\n\n");
                    Table(md, [chart.LabelHeader, chart.ValueHeader], [.. chart.Bars.Select(b => (IReadOnlyList<string>)[b.Label, b.Value.ToString("0.##", CultureInfo.InvariantCulture)])]);
                    break;
                case GridBlock grid:
                    // Markdown has no cells spanning rows: each cell of the grid becomes a section with its list.
                    md.Append("## ").Append(Heading(grid.Title)).Append("\n\n");
                    foreach (var cell in grid.Cells)
                    {
                        md.Append("### ").Append(Heading(cell.Title)).Append("\n\n");
                        foreach (var item in cell.Items)
                        {
                            md.Append("- ").Append(Block(item, "  ")).Append('\n');
                        }

                        md.Append(cell.Items.Count > 0 ? "\n" : string.Empty);
                    }

                    break;
                case PageBreakBlock:
                    md.Append("---\n\n");
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(md.ToString().TrimEnd('\n') + "\n");
    }

    /// <summary>
    /// Escapes a paragraph or a list item. A line break becomes a hard break continued at <paramref name="indent"/>,
    /// so a multi-line note stays inside its list item; each line is escaped as the start of a line, except the
    /// first when it follows other text on its line (<paramref name="startsLine"/> false).
    /// </summary>
    public static string Block(string text, string indent = "", bool startsLine = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join("\\\n" + indent, lines.Select((line, i) => Line(line, startsLine || i > 0, pipes: false)));
    }

    /// <summary>Escapes text kept on one line inside other markup (a bold label, a chart's title).</summary>
    public static string Inline(string text) => Line(OneLine(text), atStart: false, pipes: false);

    /// <summary>Escapes a heading's text, kept on one line; a closing run of "#" would be dropped as markup.</summary>
    public static string Heading(string text)
    {
        var escaped = Inline(text);
        var hashes = escaped.Length - escaped.TrimEnd('#').Length;
        var at = escaped.Length - hashes;
        return hashes > 0 && (at == 0 || escaped[at - 1] is ' ' or '\t') ? escaped.Insert(at, "\\") : escaped;
    }

    /// <summary>Escapes a table cell, kept on one line; "|" would end the cell.</summary>
    public static string Cell(string text) => Line(OneLine(text), atStart: false, pipes: true);

    /// <summary>
    /// Backslashes only what Markdown (CommonMark, and GitHub's tables) would read as markup. Anywhere: the marks of
    /// emphasis, code, links, raw HTML and escapes (<c>* _ ` [ ] &lt; \</c>), "&amp;" where it starts an entity such as
    /// "&amp;amp;", and "|" in a table cell. At the start of a line, the first mark of a heading ("# "), a quote, a
    /// list item ("- ", "+ ", "1. "), a setext underline ("===", "---"), a "~~~" fence or a table row; the line's
    /// leading spaces, which Markdown drops from a paragraph and would read as code from four on, are left out.
    /// "rendez-vous", "+33 6 12 34 56 78" and "#hashtag" stay as they are.
    /// </summary>
    private static string Line(string line, bool atStart, bool pipes)
    {
        if (atStart)
        {
            line = line.TrimStart(' ', '\t');
        }

        var mark = atStart ? LineStartMark(line) : -1;
        var builder = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (i == mark || c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' || (c == '|' && pipes) || (c == '&' && s_entity.IsMatch(line, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Where a line would open a block construct, the index of the mark to escape; else -1.</summary>
    private static int LineStartMark(string line)
    {
        if (line.Length == 0)
        {
            return -1;
        }

        bool EndsOrSpace(int at) => at >= line.Length || line[at] is ' ' or '\t';
        var hashes = line.Length - line.TrimStart('#').Length;
        var digits = line.Length - line.TrimStart("0123456789".ToCharArray()).Length;
        var rest = line.TrimEnd(' ', '\t');
        return line[0] switch
        {
            '#' when hashes <= 6 && EndsOrSpace(hashes) => 0,
            '>' or '|' => 0,
            '-' or '+' when EndsOrSpace(1) => 0,
            '=' or '-' when rest.All(c => c == line[0]) => 0,
            '~' when line.StartsWith("~~~", StringComparison.Ordinal) => 0,
            _ when digits is > 0 and <= 9 && digits < line.Length && line[digits] is '.' or ')' && EndsOrSpace(digits + 1) => digits,
            _ => -1,
        };
    }

    private static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
    }

    // An entity or character reference, which Markdown would turn into the character it names.
    private static readonly Regex s_entity = new(@"\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});", RegexOptions.CultureInvariant);

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        md.Append('|');
        foreach (var head in header)
        {
            md.Append(' ').Append(Cell(head)).Append(" |");
        }

        md.Append("\n|");
        foreach (var _ in header)
        {
            md.Append(" --- |");
        }

        md.Append('\n');
        foreach (var row in rows)
        {
            md.Append('|');
            foreach (var cell in row)
            {
                md.Append(' ').Append(Cell(cell)).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }
}
