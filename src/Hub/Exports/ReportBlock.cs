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
