namespace StartupTerritoire.Server.Exports;

/// <summary>
/// A piece of a printable document. Reports and hand-off sheets are built once as blocks, then written as HTML,
/// Markdown or PDF, so the three always say the same thing. Every string is plain text, escaped by each writer.
/// </summary>
internal abstract record ReportBlock;

/// <summary>A heading, level 1 to 4.</summary>
internal sealed record HeadingBlock(int Level, string Text) : ReportBlock;

/// <summary>A paragraph, with an optional bold label before it ("Défi : …").</summary>
internal sealed record TextBlock(string Text, string? Label = null) : ReportBlock;

/// <summary>A bulleted (or numbered) list.</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items, bool Numbered = false) : ReportBlock;

/// <summary>A table with a header row.</summary>
internal sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A horizontal bar chart; the headers name its two columns where it is written as a table.</summary>
internal sealed record ChartBlock(string Title, string LabelHeader, string ValueHeader, IReadOnlyList<ChartBar> Bars) : ReportBlock;

/// <summary>One bar of a chart.</summary>
internal sealed record ChartBar(string Label, double Value);

/// <summary>A new page when printed.</summary>
internal sealed record PageBreakBlock : ReportBlock;

/// <summary>
/// A grid of titled cells across a whole page, each cell a list of entries (a group's canvas). Cells sit on
/// <see cref="Columns"/> columns and rows whose heights follow <see cref="RowWeights"/>. Printed alone on a landscape
/// page, its entries shrink to fit, and those that still do not fit are counted with <see cref="More"/> ("+{0} autres").
/// </summary>
internal sealed record GridBlock(string Title, int Columns, IReadOnlyList<double> RowWeights, IReadOnlyList<GridCell> Cells, string More) : ReportBlock;

/// <summary>A cell of a grid: its title, entries, and where it sits (first column and row, and how many it spans).</summary>
internal sealed record GridCell(string Title, IReadOnlyList<string> Items, int Column, int Row, int ColumnSpan = 1, int RowSpan = 1);
