using System.Diagnostics;
using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// S6: a 200-member room whose board reads at a tenth of the note rate and stops reading for 5 s; the others' latency is
/// compared with the same room with a normal board, and the server's memory shows whether the board's backlog is bounded.
/// </summary>
public static class SlowBoardScenario
{
    public static async Task RunAsync(BenchContext context)
    {
        var members = context.Smoke ? 20 : 200;
        var duration = TimeSpan.FromSeconds(context.Smoke ? 3 : 12);
        var table = context.Report.Add("S6", $"Slow board in a {members}-member room, {FanOutScenario.Rate} notes/s", "others' last-recipient p99 within 10% of the same room with a normal board; the board's buffer bounded",
            "server", "board", "others' last p50 ms", "others' last p99 ms", "lost", "server RSS growth (MB)", "board bytes received", "verdict");
        foreach (var start in context.SingleNodeTargets())
        {
            await using var target = await start();
            await FanOutScenario.WarmUpAsync(context, target);
            var normal = await MeasureAsync(context, target, members, duration, slow: false);
            var slow = await MeasureAsync(context, target, members, duration, slow: true);
            // 10% of a few milliseconds is below the noise of a shared 2-core machine: allow 1 ms of absolute slack.
            var within = slow.Figures.LastRecipientP99Ms <= Math.Max(normal.Figures.LastRecipientP99Ms * 1.1, normal.Figures.LastRecipientP99Ms + 1);
            foreach (var (run, name) in new[] { (normal, "normal"), (slow, "slow + 5 s pause") })
            {
                var verdict = run == slow ? FanOutScenario.Verdict(within, slow.Figures) : "—";
                table.Row(new { server = target.Name, board = name, figures = run.Figures, run.RssGrowthBytes, run.BoardBytes },
                    target.Name, name, run.Figures.LastRecipientP50Ms, run.Figures.LastRecipientP99Ms, run.Figures.Incomplete, run.RssGrowthBytes / 1048576.0, run.BoardBytes, verdict);
            }

            context.Log($"S6 {target.Name}: others' p99 {normal.Figures.LastRecipientP99Ms} → {slow.Figures.LastRecipientP99Ms} ms, RSS +{slow.RssGrowthBytes / 1048576.0:F1} MB");
        }
    }

    private static async Task<SlowBoardRun> MeasureAsync(BenchContext context, ITarget target, int members, TimeSpan duration, bool slow)
    {
        context.Deadline.ThrowIfCancellationRequested();
        var ledger = new Ledger((int)(FanOutScenario.Rate * duration.TotalSeconds) + 1, members);
        var clock = Stopwatch.StartNew();
        var options = new RoomOptions(BenchContext.ProtocolFor(target), members, ledger.NewRecipient)
        {
            SilentBoard = true,
            BoardAfterRead = slow ? () => SlowRead(clock, duration) : null,
        };
        await using var room = await target.OpenRoomAsync(options, context.Deadline);
        var rssBefore = target.Nodes.Sum(n => n.ResidentBytes);
        clock.Restart();
        DeliveryFigures figures;
        long peakRss;
        await using (var memory = PeakMemory.Watch(target, TimeSpan.FromMilliseconds(200)))
        {
            figures = await Delivery.MeasureAsync(target, [room], ledger, FanOutScenario.Rate, duration);
            peakRss = memory.Peak;
        }

        return new SlowBoardRun(figures, Math.Max(0, peakRss - rssBefore), room.Clients[^1].BytesReceived);
    }

    /// <summary>A tenth of the note rate, and no reading at all for 5 s from a quarter of the run.</summary>
    private static Task SlowRead(Stopwatch clock, TimeSpan duration)
    {
        var pauseFrom = duration / 4;
        var elapsed = clock.Elapsed;
        var pause = elapsed >= pauseFrom && elapsed < pauseFrom + TimeSpan.FromSeconds(5) ? pauseFrom + TimeSpan.FromSeconds(5) - elapsed : TimeSpan.Zero;
        return Task.Delay(pause + TimeSpan.FromSeconds(10 / FanOutScenario.Rate));
    }

    private sealed record SlowBoardRun(DeliveryFigures Figures, long RssGrowthBytes, long BoardBytes);
}
