using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// S5: S3 at 200 members and S4 with every server on two nodes sharing a Redis (clients dealt alternately to the
/// nodes, so half of every delivery crosses the backplane), compared with the one-node S3 of the same run.
/// </summary>
public static class TwoNodeScenario
{
    public static async Task RunAsync(BenchContext context)
    {
        var members = context.Smoke ? 20 : 200;
        var table = context.Report.Add("S5", $"Two nodes over Redis: S3 at {members} members", "last-recipient p99 ≤ one node's + 2 ms; 0 lost, duplicated or reordered",
            [.. FanOutScenario.Columns, "one node p99 ms"]);
        var saturation = SaturationScenario.NewTable(context, "S5b", ", two nodes over Redis");
        foreach (var start in TwoNodeTargets(context))
        {
            await using var target = await start();
            await FanOutScenario.WarmUpAsync(context, target);
            var f = await FanOutScenario.MeasureAsync(context, target, members);
            var oneNode = context.FanOut.GetValueOrDefault((BenchContext.KindOf(target), members));
            var verdict = FanOutScenario.Verdict(oneNode is not null && f.LastRecipientP99Ms <= oneNode.LastRecipientP99Ms + 2, f);
            table.Row(new { server = target.Name, members, figures = f, oneNodeP99Ms = oneNode?.LastRecipientP99Ms },
                [target.Name, members, f.Sent, f.Deliveries, f.LastRecipientP50Ms, f.LastRecipientP99Ms, f.LastRecipientMaxMs, f.PerRecipientP99Ms, f.Incomplete, f.Duplicates, f.Reordered, f.Errors, f.ServerCpuMicrosPerDelivery, verdict, oneNode?.LastRecipientP99Ms.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not measured"]);
            context.Log($"S5 {target.Name}: last p99 {f.LastRecipientP99Ms} ms (one node {oneNode?.LastRecipientP99Ms}), lost {f.Incomplete}, reordered {f.Reordered}");
            await SaturationScenario.SaturateAsync(context, target, saturation);
        }
    }

    private static IEnumerable<Func<Task<ITarget>>> TwoNodeTargets(BenchContext context)
    {
        yield return async () => await ProductTarget.StartAsync(2, context.ProductSettings);
        yield return async () => await BareHubTarget.StartAsync(2);
        yield return async () => await SocketIoTarget.StartAsync(2);
    }
}
