using System.Diagnostics;
using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Servers;
using StartupTerritoire.LiveBench.Targets;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// D1, a day of a hosted service: one product node on SQLite serves soirées in turn; in each, phones join over
/// HTTP, connect, take their snapshot, post a note or two and leave, and the soirée stays idle for the rest of the
/// run. The server's memory is read after a few warm-up soirées and the idle period (the start), every 20 soirées, and once the last one has
/// been idle for longer than the eviction period (the end): its resident set as the system sees it, then its
/// managed heap and resident set after a full collection forced from outside. The end should be within 20% of the
/// start; run it once with the eviction off (--idle-eviction 0) to see what it saves.
/// </summary>
public static class DayScenario
{
    private const double Tolerance = 0.20;
    private const int SampleEvery = 20;
    private const int PhonesInFlight = 48;
    private const int WarmUpSoirees = 5;
    private const double Megabyte = 1024 * 1024;
    private static readonly TimeSpan s_defaultIdle = TimeSpan.FromSeconds(15);

    // Serving stops here whatever the count, so the run ends within the benchmark's 10 minutes on a busy machine; the
    // table says how many were served.
    private static readonly TimeSpan s_servingBudget = TimeSpan.FromMinutes(7);

    public static async Task RunAsync(BenchContext context)
    {
        var shape = context.Day ?? (context.Smoke ? new DayShape(3, 10, TimeSpan.FromSeconds(2)) : new DayShape(200, 300, s_defaultIdle));
        var evicting = shape.IdleEviction > TimeSpan.Zero;
        // The same quiet time with the eviction off, so both runs end alike.
        var settle = (evicting ? shape.IdleEviction : context.Smoke ? TimeSpan.FromSeconds(2) : s_defaultIdle) * 1.5 + TimeSpan.FromSeconds(2);
        var table = context.Report.Add("D1",
            $"A day of soirées: {shape.Soirees} in turn, {shape.Phones} phones each, then idle; idle eviction {(evicting ? $"after {shape.IdleEviction.TotalSeconds:0.#} s" : "off")}",
            $"memory at the end (after {settle.TotalSeconds:0} s idle) within {Tolerance:P0} of the start (after {(context.Smoke ? 1 : WarmUpSoirees)} warm-up soirées)",
            "point", "soirées served", "phones", "errors", "RSS MB", "live objects after full GC MB", "of which pinned MB", "heap size MB", "RSS after full GC MB");
        var settings = new Dictionary<string, string>(context.ProductSettings) { ["Workshop:IdleEviction"] = shape.IdleEviction.ToString("c") };
        await using var target = await ProductTarget.StartAsync(1, settings);
        var node = target.Nodes[0];
        var phones = 0;
        var errors = 0;
        var samples = new List<Sample>();

        async Task MeasureAsync(string point, int served)
        {
            var sample = await Sample.TakeAsync(node, point, served, phones, errors);
            samples.Add(sample);
            table.Row(sample, point, served, phones, errors, sample.Rss / Megabyte, sample.Heap.Live / Megabyte, sample.Heap.Pinned / Megabyte, sample.Heap.Size / Megabyte, sample.RssAfterCollection / Megabyte);
            context.Log($"D1 {point}: {served} soirées, RSS {sample.Rss / Megabyte:F0} MB, live heap {sample.Heap.Live / Megabyte:F1} MB ({sample.Heap.Pinned / Megabyte:F1} pinned, heap size {sample.Heap.Size / Megabyte:F1}), RSS after GC {sample.RssAfterCollection / Megabyte:F0} MB");
        }

        // A few soirées first, so the start is a server in its working state (code compiled at its final tier,
        // thread, connection and buffer pools grown), not a cold process.
        for (var i = 0; i < (context.Smoke ? 1 : WarmUpSoirees); i++)
        {
            errors += await ServeAsync(target, shape.Phones, context.Deadline);
        }

        await Task.Delay(settle, context.Deadline);
        await MeasureAsync("start", 0);
        var clock = Stopwatch.StartNew();
        var served = 0;
        while (served < shape.Soirees && clock.Elapsed < s_servingBudget)
        {
            errors += await ServeAsync(target, shape.Phones, context.Deadline);
            phones += shape.Phones;
            served++;
            if (served % SampleEvery == 0 && served < shape.Soirees)
            {
                await MeasureAsync("during", served);
            }
        }

        var serving = clock.Elapsed;
        await MeasureAsync("last served", served);
        await Task.Delay(settle, context.Deadline);
        await MeasureAsync("end", served);

        var start = samples[0];
        var end = samples[^1];
        var rssGrowth = (double)end.RssAfterCollection / start.RssAfterCollection - 1;
        var heapGrowth = (double)end.Heap.Live / start.Heap.Live - 1;
        var met = rssGrowth <= Tolerance && heapGrowth <= Tolerance && errors == 0;
        if (served < shape.Soirees)
        {
            table.Notes.Add($"Only {served} of {shape.Soirees} soirées were served within the {s_servingBudget.TotalMinutes:0} minutes allowed for serving on this machine.");
        }

        table.Notes.Add($"Served in {serving.TotalSeconds:F0} s ({serving.TotalSeconds / Math.Max(1, served):F2} s a soirée). End against start: RSS after full GC {rssGrowth:+0%;-0%}, live objects after full GC {heapGrowth:+0%;-0%}, {errors} errors. Verdict: end within {Tolerance:P0} of start: {(met ? "met" : "missed")}.");
        table.Notes.Add("Each sample forces a full collection in the server over EventPipe (as dotnet-gcdump does); the first RSS column is before it, the others after. Live objects are what survived it; the heap size adds the free space the collector keeps between them.");
        context.Log($"D1 end against start: RSS after GC {rssGrowth:+0%;-0%}, live heap {heapGrowth:+0%;-0%}: {(met ? "met" : "missed")}");
    }

    // One soirée: its phones join, connect, take their snapshot, post a note (a third of them two) and leave.
    private static async Task<int> ServeAsync(ProductTarget target, int phones, CancellationToken cancellationToken)
    {
        var session = await target.OpenSessionWithNotesAsync(0, cancellationToken);
        var errors = 0;
        await Concurrently.RunAsync(phones, PhonesInFlight, async i =>
        {
            try
            {
                var token = await target.JoinAsync(session.JoinCode, $"Téléphone {i}", cancellationToken);
                await using var phone = await target.ConnectAsync(i, token, new MessagePackHubCodec(), static _ => { }, cancellationToken);
                await phone.InvokeAsync("Sync", 0L);
                for (var n = 0; n < (i % 3 == 0 ? 2 : 1); n++)
                {
                    await phone.InvokeAsync("AddNote", $"n{i}x{n}", ProductTarget.WorkshopId, ProductTarget.Column, OpenLoop.Text, null);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Interlocked.Increment(ref errors);
            }

            return 0;
        }, cancellationToken);
        return errors;
    }

    private sealed record Sample(string Point, int Served, int Phones, int Errors, long Rss, HeapFigures Heap, long RssAfterCollection)
    {
        public static async Task<Sample> TakeAsync(ServerProcess node, string point, int served, int phones, int errors)
        {
            var rss = node.ResidentBytes;
            var heap = await ManagedHeap.CollectAsync(node.Pid, TimeSpan.FromSeconds(30));
            return new Sample(point, served, phones, errors, rss, heap, node.ResidentBytes);
        }
    }
}
