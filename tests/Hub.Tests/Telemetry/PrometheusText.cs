using System.Globalization;
using System.Text.RegularExpressions;

namespace StartupTerritoire.Server.Tests.Telemetry;

/// <summary>A scrape of /metrics in Prometheus' text format, read the way Prometheus reads it.</summary>
public sealed partial class PrometheusText(string text)
{
    public string Text { get; } = text;

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) =>
        Samples(name).Where(s => labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).Sum(s => s.Value);

    /// <summary>Whether any sample's name starts with <paramref name="prefix"/>.</summary>
    public bool Has(string prefix) => Lines().Any(l => l.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Every label value of every sample: what /metrics tells about the server beyond its numbers.</summary>
    public IEnumerable<string> LabelValues() =>
        from line in Lines()
        let match = Sample().Match(line)
        where match.Success
        from value in ReadLabels(match.Groups["labels"].Value).Values
        select value;

    private IEnumerable<(Dictionary<string, string> Labels, double Value)> Samples(string name) =>
        from line in Lines()
        let match = Sample().Match(line)
        where match.Success && match.Groups["name"].Value == name
        select (ReadLabels(match.Groups["labels"].Value), double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));

    private IEnumerable<string> Lines() => Text.Split('\n').Where(l => l.Length > 0 && l[0] != '#');

    private static Dictionary<string, string> ReadLabels(string labels) =>
        Label().Matches(labels).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>[^ ]+)( [0-9]+)?$")]
    private static partial Regex Sample();

    [GeneratedRegex("""([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)""")]
    private static partial Regex Label();
}
