using System.Globalization;
using System.Text;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The notes as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte order mark so spreadsheets read accents right), with
/// ',' or, for French spreadsheet software, ';'. A cell a spreadsheet would take for a formula is prefixed with "'".
/// </summary>
internal static class CsvExport
{
    private static readonly UTF8Encoding s_utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    // Software that expects ';' between cells expects a decimal comma too.
    private static readonly CultureInfo s_decimalComma = CultureInfo.GetCultureInfo("fr-FR");

    public static byte[] Write(SessionDigest digest, char separator)
    {
        var text = new StringBuilder();
        WriteRow(text, digest.Text.Columns, separator);
        foreach (var row in NoteRow.From(digest))
        {
            WriteRow(text, [row.Workshop, row.Table, row.Round, row.Column, row.Text, row.Author,
                row.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                row.ClusterId, row.Cluster, Number(row.Votes), Number(row.ClusterVotes), Number(row.Stars),
                row.Rating?.ToString("0.0#", separator == ';' ? s_decimalComma : CultureInfo.InvariantCulture) ?? string.Empty,
                row.Piste], separator);
        }

        return [.. s_utf8WithBom.GetPreamble(), .. s_utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>Any table as CSV, with the same rules as the notes (byte order mark, CRLF, formulas neutralised).</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, char separator)
    {
        var text = new StringBuilder();
        WriteRow(text, header, separator);
        foreach (var row in rows)
        {
            WriteRow(text, row, separator);
        }

        return [.. s_utf8WithBom.GetPreamble(), .. s_utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>Prefixes a cell that starts like a formula ('=', '+', '-', '@', tab, carriage return) with "'".</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static void WriteRow(StringBuilder text, IReadOnlyList<string> cells, char separator)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            var cell = Neutralise(cells[i]);
            if (cell.AsSpan().IndexOfAny([separator, '"', '\r', '\n']) >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
