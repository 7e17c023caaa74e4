using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// V: the same bare-hub room measured with the hand-written clients and with the official .NET client, alternated
/// twice; the generator is valid when its latency figures agree with the official client's within 10%.
/// </summary>
public static class ValidationScenario
{
    public static async Task RunAsync(BenchContext context)
    {
        var members = context.Smoke ? 10 : 200;
        var duration = TimeSpan.FromSeconds(context.Smoke ? 1.5 : 8);
        var table = context.Report.Add("V", $"Generator against the official .NET client, bare hub, {members} members, {FanOutScenario.Rate} notes/s", "figures within 10% (or 0.5 ms) of the official client's",
            "clients", "deliveries", "all p50 ms", "all p99 ms", "last p50 ms", "last p99 ms", "lost");
        await using var target = await BareHubTarget.StartAsync(1);
        var kept = new Dictionary<string, DeliveryFigures>();
        foreach (var official in new[] { false, true, false, true })
        {
            context.Deadline.ThrowIfCancellationRequested();
            var ledger = new Ledger((int)(FanOutScenario.Rate * duration.TotalSeconds) + 1, members + 1);
            var options = new RoomOptions("messagepack", members, ledger.NewRecipient);
            await using var room = official
                ? await OfficialClientRoom.OpenAsync(target.Nodes[0].Address, options, context.Deadline)
                : await target.OpenRoomAsync(options, context.Deadline);
            kept[official ? "official .NET client" : "benchmark clients"] = await Delivery.MeasureAsync(target, [room], ledger, FanOutScenario.Rate, duration);
        }

        foreach (var (name, f) in kept)
        {
            table.Row(new { clients = name, figures = f }, name, f.Deliveries, f.PerRecipientP50Ms, f.PerRecipientP99Ms, f.LastRecipientP50Ms, f.LastRecipientP99Ms, f.Incomplete);
        }

        var ours = kept["benchmark clients"];
        var theirs = kept["official .NET client"];
        static bool Close(double a, double b) => Math.Abs(a - b) <= Math.Max(0.5, 0.1 * b);
        var agree = Close(ours.PerRecipientP50Ms, theirs.PerRecipientP50Ms) && Close(ours.LastRecipientP50Ms, theirs.LastRecipientP50Ms);
        table.Notes.Add($"Medians {(agree ? "agree" : "differ")} within 10% (or 0.5 ms): all-recipient p50 {ours.PerRecipientP50Ms} vs {theirs.PerRecipientP50Ms} ms, last-recipient p50 {ours.LastRecipientP50Ms} vs {theirs.LastRecipientP50Ms} ms. Tails (p99) on a shared 2-core machine are reported, not judged.");
        context.Log($"V: p50 {ours.PerRecipientP50Ms} vs {theirs.PerRecipientP50Ms} ms ({(agree ? "agree" : "differ")})");
    }
}
