using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StartupTerritoire.LiveBench.Report;

/// <summary>Everything one run measured: written as a JSON file and as Markdown tables (one per scenario).</summary>
public sealed class RunReport
{
    private readonly List<ScenarioTable> _tables = [];

    public required RunContext Context { get; init; }

    public IReadOnlyList<ScenarioTable> Tables => _tables;

    public ScenarioTable Add(string id, string title, string target, params string[] columns)
    {
        var table = new ScenarioTable(id, title, target, columns);
        _tables.Add(table);
        return table;
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run of {Context.StartedAt:yyyy-MM-dd HH:mm} UTC — {Context.Mode}, {Context.Cores} cores, {Context.Machine}.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Servers' GC: {Context.ServerGc}. Loopback floor: TCP round trip p50 {Context.Loopback.RoundTripP50Us} µs, p99 {Context.Loopback.RoundTripP99Us} µs; bulk {Context.Loopback.BulkMegabytesPerSecond:F0} MB/s.");
        foreach (var table in _tables)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"### {table.Id} — {table.Title}");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Target: {table.Target}");
            md.AppendLine();
            md.AppendLine("| " + string.Join(" | ", table.Columns) + " |");
            md.AppendLine("|" + string.Concat(table.Columns.Select(_ => "---|")));
            foreach (var row in table.Rows)
            {
                md.AppendLine("| " + string.Join(" | ", row) + " |");
            }

            foreach (var note in table.Notes)
            {
                md.AppendLine();
                md.AppendLine(note);
            }
        }

        return md.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(
        new { context = Context, scenarios = _tables.Select(t => new { t.Id, t.Title, t.Target, t.Columns, t.Rows, t.Notes, t.Figures }) },
        new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

/// <summary>One scenario's rows for the Markdown table, its raw figures for the JSON file, and notes under it.</summary>
public sealed class ScenarioTable(string id, string title, string target, string[] columns)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public string Target { get; } = target;

    public string[] Columns { get; } = columns;

    public List<string[]> Rows { get; } = [];

    public List<string> Notes { get; } = [];

    public List<object> Figures { get; } = [];

    public void Row(object figures, params object[] cells)
    {
        Figures.Add(figures);
        Rows.Add(cells.Select(Format).ToArray());
    }

    public static string Format(object cell) => cell switch
    {
        double d => d.ToString(d >= 100 ? "F0" : d >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}

/// <summary>Where and how the run happened.</summary>
public sealed record RunContext(DateTimeOffset StartedAt, string Mode, int Cores, string Machine, string ServerGc, string GeneratorGc, Measure.LoopbackFigures Loopback);
