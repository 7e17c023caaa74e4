using System.Text;

namespace StartupTerritoire.Server.Clustering;

/// <summary>
/// A tab-separated file as the <c>cluster</c> command reads it: UTF-8, a header naming the columns, then one row a
/// line with as many fields as the header. Whatever is wrong with it is an <see cref="InvalidInputException"/> naming
/// the file and the line.
/// </summary>
internal sealed class TsvFile
{
    private readonly string[] _header;

    private TsvFile(string path, string[] header, List<Row> rows)
    {
        Path = path;
        _header = header;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>Reads the file; its header must name every column of <paramref name="required"/>.</summary>
    public static TsvFile Read(string path, params string[] required)
    {
        path = ClusterCommand.Resolve(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            throw new InvalidInputException($"cannot read {path}: {e.Message}");
        }

        var names = string.Join(" and ", required);
        if (lines.Length == 0)
        {
            throw new InvalidInputException($"{path} is empty; its first line must be a header with {names}.");
        }

        var header = lines[0].TrimStart('\uFEFF').Split('\t');
        if (required.Any(c => !header.Contains(c)))
        {
            throw new InvalidInputException($"{path}: the header must name the columns {names} (tab-separated).");
        }

        var rows = new List<Row>();
        for (var line = 1; line < lines.Length; line++)
        {
            // A trailing empty line is not a row.
            if (lines[line].Length == 0 && line == lines.Length - 1)
            {
                continue;
            }

            var fields = lines[line].Split('\t');
            if (fields.Length != header.Length)
            {
                throw new InvalidInputException($"{path}, line {line + 1}: {fields.Length} columns where the header has {header.Length}.");
            }

            rows.Add(new Row(line + 1, fields));
        }

        return new TsvFile(path, header, rows);
    }

    /// <summary>The row's value in <paramref name="column"/>, or null when the header does not name it.</summary>
    public string? Field(Row row, string column) => Array.IndexOf(_header, column) is var i and >= 0 ? row.Fields[i] : null;

    /// <summary>Where a row stands, for messages.</summary>
    public string At(Row row) => $"{Path}, line {row.Line}";

    /// <summary>One line after the header: its number in the file (from 1) and its fields.</summary>
    internal sealed record Row(int Line, string[] Fields);
}
