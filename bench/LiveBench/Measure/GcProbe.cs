using System.Globalization;
using System.Text.Json;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>
/// A .NET server's collections and pause time so far, read from outside: the product's Prometheus `/metrics` (the
/// runtime's own meter), the bare hub's `/gcstats`. Socket.IO has neither: the figures are then absent.
/// </summary>
public static class GcProbe
{
    private static readonly HttpClient s_http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static async Task<GcFigures?> ReadAsync(Uri server, CancellationToken cancellationToken)
    {
        try
        {
            using var stats = await s_http.GetAsync(new Uri(server, "/gcstats"), cancellationToken);
            if (stats.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(await stats.Content.ReadAsStringAsync(cancellationToken));
                var root = json.RootElement;
                return new GcFigures(root.GetProperty("gen0").GetInt64(), root.GetProperty("gen1").GetInt64(), root.GetProperty("gen2").GetInt64(), root.GetProperty("pauseSeconds").GetDouble());
            }

            using var metrics = await s_http.GetAsync(new Uri(server, "/metrics"), cancellationToken);
            return metrics.IsSuccessStatusCode ? FromPrometheus(await metrics.Content.ReadAsStringAsync(cancellationToken)) : null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    /// <summary>Reads `dotnet_gc_collections_total{gc_heap_generation="genN"}` and `dotnet_gc_pause_time_seconds_total`.</summary>
    public static GcFigures? FromPrometheus(string text)
    {
        long[] collections = [0, 0, 0];
        double? pause = null;
        var found = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("dotnet_gc_collections_total{", StringComparison.Ordinal))
            {
                for (var g = 0; g < 3; g++)
                {
                    if (line.Contains($"gc_heap_generation=\"gen{g}\"", StringComparison.Ordinal))
                    {
                        collections[g] = (long)Value(line);
                        found = true;
                    }
                }
            }
            else if (line.StartsWith("dotnet_gc_pause_time_seconds_total", StringComparison.Ordinal))
            {
                pause = Value(line);
            }
        }

        return found && pause is { } p ? new GcFigures(collections[0], collections[1], collections[2], p) : null;
    }

    // "name{labels} value [timestamp]": the value is the first field after the labels.
    private static double Value(string line)
    {
        var rest = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ');
        return double.Parse(rest[0], CultureInfo.InvariantCulture);
    }
}

/// <summary>Collections by the oldest generation each one took, and their total pause.</summary>
public sealed record GcFigures(long Gen0, long Gen1, long Gen2, double PauseSeconds)
{
    public static GcFigures operator -(GcFigures after, GcFigures before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.PauseSeconds - before.PauseSeconds);
}
