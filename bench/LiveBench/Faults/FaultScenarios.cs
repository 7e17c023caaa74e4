using System.Diagnostics;
using StartupTerritoire.LiveBench.Report;
using StartupTerritoire.LiveBench.Scenarios;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Faults;

/// <summary>
/// The slow fault runs of ./chaos.sh, each on real processes and bounded in time: F1 a node killed, F2 Redis killed
/// again and again, F5 a reconnect storm. Each adds a row to one table: what must hold, what was measured.
/// </summary>
public static class FaultScenarios
{
    public static async Task KillNodeAsync(BenchContext context)
    {
        var phones = context.Smoke ? 10 : 100;
        await using var target = await ProductTarget.StartAsync(2, context.ProductSettings);
        await using var run = await FaultRun.StartAsync(target, phones, context.Deadline);
        var posting = run.PostAsync(phones / 5.0, TimeSpan.FromSeconds(context.Smoke ? 4 : 20), context.Deadline);
        await Task.Delay(TimeSpan.FromSeconds(context.Smoke ? 1.5 : 8), context.Deadline);
        await run.Nodes.KillAsync(1);
        await posting;
        await run.SettleAsync(TimeSpan.FromSeconds(60));
        var (lost, duplicated, acknowledged) = run.Compare(await run.ReadStoredAsync(context.Deadline));
        var recoveries = run.Phones.SelectMany(p => p.Recoveries).Select(r => r.TotalSeconds).Order().ToList();
        var p95 = Percentile(recoveries, 95);
        var refusals = run.Phones.Sum(p => p.Refusals.Count);
        Table(context).Row(new { id = "F1", phones, acknowledged, lost, duplicated, recovered = recoveries.Count, p95Seconds = p95, refusals },
            "F1", "kill -9 one of two nodes mid-round", $"{phones} phones posting", "0 lost, 0 duplicates; back and resynced p95 ≤ 10 s",
            $"{acknowledged} acknowledged: {lost} lost, {duplicated} duplicated; {recoveries.Count} phones moved, p95 {p95:F1} s; {refusals} refusals",
            lost == 0 && duplicated == 0 && refusals == 0 && p95 <= 10 ? "met" : "missed");
        context.Log($"F1: {acknowledged} acknowledged, {lost} lost, {duplicated} duplicated, p95 back {p95:F1} s");
    }

    public static async Task KillRedisAsync(BenchContext context)
    {
        var phones = context.Smoke ? 10 : 50;
        var repetitions = context.Smoke ? 3 : 20;
        await using var target = await ProductTarget.StartAsync(2, context.ProductSettings);
        await using var run = await FaultRun.StartAsync(target, phones, context.Deadline);
        var redis = run.Nodes.Redis!;
        using var stopPosting = CancellationTokenSource.CreateLinkedTokenSource(context.Deadline);
        var posting = run.PostAsync(10, TimeSpan.FromSeconds(repetitions * 2.5), stopPosting.Token);
        for (var i = 0; i < repetitions; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5), context.Deadline);
            await redis.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(0.5), context.Deadline);
            await redis.RestartAsync();
        }

        await posting;
        await run.SettleAsync(TimeSpan.FromSeconds(60));
        var (lost, duplicated, acknowledged) = run.Compare(await run.ReadStoredAsync(context.Deadline));
        var crossNode = await CrossNodeDeliveryAsync(run, context.Deadline);
        var refusals = run.Phones.Sum(p => p.Refusals.Count);
        Table(context).Row(new { id = "F2", phones, repetitions, acknowledged, lost, duplicated, crossNodeMs = crossNode?.TotalMilliseconds, refusals },
            "F2", $"kill -9 redis-server (AOF everysec), restart, {repetitions} times", $"{phones} phones posting on two nodes", "0 lost; cross-node delivery back",
            $"{acknowledged} acknowledged: {lost} lost, {duplicated} duplicated; cross-node delivery after the last restart {(crossNode is { } d ? $"{d.TotalMilliseconds:F0} ms" : "never")}; {refusals} refusals",
            lost == 0 && duplicated == 0 && refusals == 0 && crossNode is not null ? "met" : "missed");
        context.Log($"F2: {acknowledged} acknowledged, {lost} lost, cross-node {crossNode?.TotalMilliseconds:F0} ms");
    }

    public static async Task ReconnectStormAsync(BenchContext context)
    {
        var phones = context.Smoke ? 20 : 300;
        await using var target = await ProductTarget.StartAsync(1, context.ProductSettings);
        await using var run = await FaultRun.StartAsync(target, phones, context.Deadline);
        await run.PostAsync(phones / 10.0, TimeSpan.FromSeconds(2), context.Deadline);
        await run.Nodes.KillAsync(0);
        var restarted = Stopwatch.StartNew();
        await run.Nodes.RestartAsync(0);
        var storm = Stopwatch.StartNew();
        string? missed = null;
        try
        {
            await run.SettleAsync(TimeSpan.FromSeconds(45));
        }
        catch (TimeoutException e)
        {
            missed = e.Message;
        }

        var allBack = storm.Elapsed.TotalSeconds;
        var resyncs = run.Phones.Select(p => p.Resyncs.LastOrDefault().TotalSeconds).Order().ToList();
        var p95 = Percentile(resyncs, 95);
        var stored = await run.ReadStoredAsync(context.Deadline);
        var (lost, duplicated, acknowledged) = run.Compare(stored);
        var connected = run.Phones.Count(p => p.Connected);
        Table(context).Row(new { id = "F5", phones, connected, allBackSeconds = allBack, restartSeconds = restarted.Elapsed.TotalSeconds, p95ResyncSeconds = p95, participants = stored.Participants, lost, duplicated },
            "F5", "reconnect storm: node killed and restarted", $"{phones} phones", "100% back ≤ 45 s; p95 resync ≤ 3 s; no duplicate participants",
            $"{connected}/{phones} back in {allBack:F1} s after the restart; p95 resync {p95:F2} s; {stored.Participants} participants; {lost} of {acknowledged} acknowledged lost",
            missed is null && connected == phones && allBack <= 45 && p95 <= 3 && stored.Participants == phones && lost == 0 && duplicated == 0 ? "met" : "missed");
        context.Log($"F5: {connected}/{phones} back in {allBack:F1} s, p95 resync {p95:F2} s, participants {stored.Participants}");
    }

    public static async Task LossyLinkAsync(BenchContext context)
    {
        var phones = context.Smoke ? 10 : 50;
        await using var target = await ProductTarget.StartAsync(1, context.ProductSettings);
        await using var proxy = new LossyProxy(target.Nodes[0].Address, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(150), resetPerSecond: 0.05);
        proxy.Start();
        await using var run = await FaultRun.StartAsync(target, phones, context.Deadline, [proxy.Address]);
        await run.PostAsync(phones / 5.0, TimeSpan.FromSeconds(context.Smoke ? 5 : 30), context.Deadline);
        await run.SettleAsync(TimeSpan.FromSeconds(90));
        var (lost, duplicated, acknowledged) = run.Compare(await run.ReadStoredAsync(context.Deadline));
        var outOfOrder = run.OutOfOrder;
        var refusals = run.Phones.Sum(p => p.Refusals.Count);
        Table(context).Row(new { id = "F6", phones, acknowledged, lost, duplicated, outOfOrder, resets = proxy.Resets, refusals },
            "F6", "lossy link: a proxy adding 5–150 ms per chunk and resetting 5% of connections each second", $"{phones} phones posting", "0 lost, 0 duplicates, order = sequence order",
            $"{acknowledged} acknowledged: {lost} lost, {duplicated} duplicated, {outOfOrder} events out of order; {proxy.Resets} connections reset; {refusals} refusals",
            lost == 0 && duplicated == 0 && outOfOrder == 0 && refusals == 0 ? "met" : "missed");
        context.Log($"F6: {acknowledged} acknowledged, {lost} lost, {outOfOrder} out of order, {proxy.Resets} resets");
    }

    public static ScenarioTable Table(BenchContext context) =>
        context.Report.Tables.FirstOrDefault(t => t.Id == "Faults")
        ?? context.Report.Add("Faults", "Faults injected for real on loopback", "each row's own", "id", "fault", "load", "must hold", "measured", "verdict");

    // A note posted by a phone on node 0 must reach a phone on node 1 through the backplane.
    private static async Task<TimeSpan?> CrossNodeDeliveryAsync(FaultRun run, CancellationToken cancellationToken)
    {
        var sender = run.Phones.First(p => p.NodeIndex == 0 && p.Connected);
        var receiver = run.Phones.FirstOrDefault(p => p.NodeIndex == 1 && p.Connected);
        if (receiver is null)
        {
            return null;
        }

        var before = receiver.LastSeq;
        var clock = Stopwatch.StartNew();
        await sender.PostAsync("crossnode", "Après la panne : cette note doit passer d'un nœud à l'autre.");
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (receiver.LastSeq > before)
            {
                return clock.Elapsed;
            }

            await Task.Delay(10, cancellationToken);
        }

        return null;
    }

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
