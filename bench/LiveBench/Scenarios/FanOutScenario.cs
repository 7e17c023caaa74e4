using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>S3: one room of 50 / 200 / 1,000 members and a board, 10 notes a second; the last recipient's latency.</summary>
public static class FanOutScenario
{
    public const double Rate = 10;

    public static readonly string[] Columns =
        ["server", "members", "notes", "deliveries", "last p50 ms", "last p99 ms", "last max ms", "all p99 ms", "lost", "dup", "reordered", "errors", "server CPU µs/delivery", "verdict"];

    public static async Task RunAsync(BenchContext context)
    {
        int[] sizes = context.Smoke ? [5, 20] : [50, 200, 1000];
        var limits = new Dictionary<int, double> { [50] = 2, [200] = 5, [1000] = 20 };
        var table = context.Report.Add("S3", "Room fan-out, 10 notes/s", "last-recipient p99 ≤ 2 / 5 / 20 ms at 50 / 200 / 1,000 members", Columns);
        var tail = context.Report.Add("S3t", "Room fan-out: what the tail lines up with", "explains S3's last-recipient p99",
            "server", "members", "last p99 ms", "last max ms", "server GCs (0/1/2)", "server GC pause ms", "generator stall p99 ms", "generator stall max ms", "generator GC pause ms");
        foreach (var start in context.SingleNodeTargets())
        {
            await using var target = await start();
            await WarmUpAsync(context, target);
            foreach (var members in sizes)
            {
                // Socket.IO has no collector figures to read; the .NET servers report theirs (GcProbe).
                var node = target.Nodes[0];
                var gcBefore = target is SocketIoTarget ? null : await GcProbe.ReadAsync(node.Address, context.Deadline);
                using var stalls = Stalls.Start();
                var f = await MeasureAsync(context, target, members);
                var (stallP99, stallMax, generatorPause) = stalls.Stop();
                var gcAfter = target is SocketIoTarget ? null : await GcProbe.ReadAsync(node.Address, context.Deadline);
                var gc = gcBefore is null || gcAfter is null ? null : gcAfter - gcBefore;
                tail.Row(new { server = target.Name, members, f.LastRecipientP99Ms, f.LastRecipientMaxMs, gc, stallP99, stallMax, generatorPause },
                    target.Name, members, f.LastRecipientP99Ms, f.LastRecipientMaxMs, gc is null ? "—" : $"{gc.Gen0}/{gc.Gen1}/{gc.Gen2}",
                    gc is null ? "—" : gc.PauseSeconds * 1000, stallP99, stallMax, generatorPause);
                context.FanOut[(BenchContext.KindOf(target), members)] = f;
                var verdict = limits.TryGetValue(members, out var limit) ? Verdict(f.LastRecipientP99Ms <= limit, f) : "—";
                AddRow(table, target, members, f, verdict);
                context.Log($"S3 {target.Name} N={members}: last p99 {f.LastRecipientP99Ms} ms, lost {f.Incomplete}");
            }
        }
    }

    /// <summary>
    /// A room run and thrown away on a freshly started server, so what is measured is its steady state, not its
    /// first seconds (code compiled on first use, pools and caches filling up).
    /// </summary>
    public static async Task WarmUpAsync(BenchContext context, ITarget target)
    {
        if (!context.Smoke)
        {
            await MeasureAsync(context, target, 50, TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>One room, 10 notes a second for the run's duration (10 s, or 1.5 s in a smoke run).</summary>
    public static Task<DeliveryFigures> MeasureAsync(BenchContext context, ITarget target, int members) =>
        MeasureAsync(context, target, members, TimeSpan.FromSeconds(context.Smoke ? 1.5 : 10));

    private static async Task<DeliveryFigures> MeasureAsync(BenchContext context, ITarget target, int members, TimeSpan duration)
    {
        context.Deadline.ThrowIfCancellationRequested();
        var ledger = new Ledger((int)(Rate * duration.TotalSeconds) + 1, members + 1);
        await using var room = await target.OpenRoomAsync(new RoomOptions(BenchContext.ProtocolFor(target), members, ledger.NewRecipient), context.Deadline);
        return await Delivery.MeasureAsync(target, [room], ledger, Rate, duration);
    }

    public static void AddRow(Report.ScenarioTable table, ITarget target, int members, DeliveryFigures f, string verdict) =>
        table.Row(new { server = target.Name, members, figures = f }, target.Name, members, f.Sent, f.Deliveries, f.LastRecipientP50Ms, f.LastRecipientP99Ms, f.LastRecipientMaxMs, f.PerRecipientP99Ms, f.Incomplete, f.Duplicates, f.Reordered, f.Errors, f.ServerCpuMicrosPerDelivery, verdict);

    /// <summary>"met" or "missed" (nothing lost, doubled or reordered either way), marked when the machine was saturated.</summary>
    public static string Verdict(bool withinTarget, DeliveryFigures f)
    {
        var verdict = withinTarget && f.Incomplete == 0 && f.Duplicates == 0 && f.Reordered == 0 ? "met" : "missed";
        return f.LowerBound ? verdict + " (lower bound)" : verdict;
    }
}
