using System.Diagnostics;
using HdrHistogram;
using StartupTerritoire.LiveBench.Clients;
using StartupTerritoire.LiveBench.Targets;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// S2: phones arrive over 1.5 s into a soirée that already holds 100 notes; each joins over HTTP, connects and calls
/// Sync(0), which answers with the whole snapshot. Latency is from each phone's arrival to its snapshot.
/// </summary>
public static class JoinStormScenario
{
    public static async Task RunAsync(BenchContext context)
    {
        var phones = context.Smoke ? 30 : 1000;
        var spread = TimeSpan.FromSeconds(1.5);
        var table = context.Report.Add("S2", $"Join storm: {phones:N0} phones over {spread.TotalSeconds} s, 100-note snapshot", "all in ≤ 1.5 s (+ the last phone's own time), p99 ≤ 300 ms, 0 errors",
            "server", "phones", "errors", "p50 ms", "p99 ms", "max ms", "last snapshot at (s)", "snapshot bytes", "verdict");
        await using var target = await ProductTarget.StartAsync(1, context.ProductSettings);
        var session = await target.OpenSessionWithNotesAsync(100, context.Deadline);
        var histogram = new LongConcurrentHistogram(1, 60_000_000, 3);
        // Where each phone's time goes: its join over HTTP, its hub connection, its Sync.
        var stages = new[] { new LongConcurrentHistogram(1, 60_000_000, 3), new LongConcurrentHistogram(1, 60_000_000, 3), new LongConcurrentHistogram(1, 60_000_000, 3) };
        var clients = new SignalRClient?[phones];
        var errors = 0;
        long snapshotBytes = 0;
        var start = Stopwatch.GetTimestamp();
        var ticksPerPhone = (double)Stopwatch.Frequency * spread.TotalSeconds / phones;
        var arrivals = Enumerable.Range(0, phones).Select(async i =>
        {
            var due = start + (long)(i * ticksPerPhone);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, context.Deadline);
            }

            try
            {
                var began = Stopwatch.GetTimestamp();
                var token = await target.JoinAsync(session.JoinCode, $"Téléphone {i}", context.Deadline);
                var joined = Stopwatch.GetTimestamp();
                var client = await target.ConnectAsync(i, token, new MessagePackHubCodec(), static _ => { }, context.Deadline);
                clients[i] = client;
                var connected = Stopwatch.GetTimestamp();
                var before = client.BytesReceived;
                await client.InvokeAsync("Sync", 0L);
                stages[0].RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(began, joined).TotalMicroseconds));
                stages[1].RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(joined, connected).TotalMicroseconds));
                stages[2].RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(connected).TotalMicroseconds));
                Interlocked.Add(ref snapshotBytes, client.BytesReceived - before);
                histogram.RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(due).TotalMicroseconds));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Interlocked.Increment(ref errors);
            }
        }).ToArray();
        await Task.WhenAll(arrivals);
        var total = Stopwatch.GetElapsedTime(start).TotalSeconds;
        foreach (var client in clients)
        {
            if (client is not null)
            {
                await client.DisposeAsync();
            }
        }

        var p99 = histogram.GetValueAtPercentile(99) / 1000.0;
        var ok = errors == 0 && p99 <= 300 && total <= 1.5 + p99 / 1000;
        table.Row(new { phones, errors, total, p50Ms = histogram.GetValueAtPercentile(50) / 1000.0, p99Ms = p99, maxMs = histogram.GetValueAtPercentile(100) / 1000.0 },
            target.Name, phones, errors, histogram.GetValueAtPercentile(50) / 1000.0, p99, histogram.GetValueAtPercentile(100) / 1000.0, total, snapshotBytes / Math.Max(1, phones - errors), ok ? "met" : "missed");
        var stageText = string.Join(", ", new[] { "join", "connect", "sync" }.Select((name, k) => $"{name} p50 {stages[k].GetValueAtPercentile(50) / 1000.0:F1} / p99 {stages[k].GetValueAtPercentile(99) / 1000.0:F1} ms"));
        table.Notes.Add($"Each phone's time by stage: {stageText}.");
        context.Log($"S2 {phones} phones: p99 {p99} ms, last at {total:F2} s, errors {errors}; {stageText}");
    }
}
