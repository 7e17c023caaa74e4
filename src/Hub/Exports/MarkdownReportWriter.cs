using System.Globalization;
using System.Text;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Writes a document as Markdown. Text is escaped (every ASCII punctuation mark that Markdown could read as syntax
/// gets a backslash), so a note can never turn into a link, an image or raw HTML; charts become small tables.
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
                    md.Append('#', h.Level).Append(' ').Append(Escape(h.Text, inline: true)).Append("\n\n");
                    break;
                case TextBlock t:
                    if (t.Label is not null)
                    {
                        md.Append("**").Append(Escape(t.Label, inline: true)).Append("**").Append(t.Text.Length > 0 ? " : " : string.Empty);
                    }

                    md.Append(Escape(t.Text, inline: false, indent: string.Empty)).Append("\n\n");
                    break;
                case ListBlock l:
                    foreach (var (item, i) in l.Items.Select((x, i) => (x, i)))
                    {
                        var marker = l.Numbered ? $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. " : "- ";
                        md.Append(marker).Append(Escape(item, inline: false, indent: new string(' ', marker.Length))).Append('\n');
                    }

                    md.Append('\n');
                    break;
                case TableBlock table:
                    Table(md, table.Header, table.Rows);
                    break;
                case ChartBlock chart:
                    md.Append("**").Append(Escape(chart.Title, inline: true)).Append("**\n\n");
                    Table(md, [chart.LabelHeader, chart.ValueHeader], [.. chart.Bars.Select(b => (IReadOnlyList<string>)[b.Label, b.Value.ToString("0.##", CultureInfo.InvariantCulture)])]);
                    break;
                case PageBreakBlock:
                    md.Append("---\n\n");
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(md.ToString().TrimEnd('\n') + "\n");
    }

    /// <summary>
    /// Escapes text for Markdown. Inline (headings, table cells) keeps to one line; elsewhere a line break becomes a
    /// hard break continued at <paramref name="indent"/>, so a multi-line note stays inside its list item.
    /// </summary>
    public static string Escape(string text, bool inline, string indent = "")
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineDigitsOnly = true;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                builder.Append(inline || c == '\r' ? " " : "\\\n" + indent);
                lineDigitsOnly = true;
                continue;
            }

            // "1." or "1)" at the start of a line would start a numbered list.
            if (Syntax.Contains(c) || (c is '.' or ')' && lineDigitsOnly && builder.Length > 0 && char.IsAsciiDigit(builder[^1])))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineDigitsOnly &= char.IsAsciiDigit(c);
        }

        return builder.ToString();
    }

    /// <summary>The characters Markdown (CommonMark and GitHub's tables) may read as syntax anywhere on a line.</summary>
    private const string Syntax = "\\`*_{}[]<>#+-=!|~&";

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        md.Append('|');
        foreach (var head in header)
        {
            md.Append(' ').Append(Escape(head, inline: true)).Append(" |");
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
                md.Append(' ').Append(Escape(cell, inline: true)).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }
}
