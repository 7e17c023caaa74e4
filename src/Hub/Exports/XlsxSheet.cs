namespace StartupTerritoire.Server.Exports;

/// <summary>A sheet of a workbook: its name, header row and rows (numbers, instants, dates or text).</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows);
