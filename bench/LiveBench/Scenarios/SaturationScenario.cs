using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Report;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// S4: 50 rooms of 200 members and a board each; the note rate is raised step by step until the last recipient's p99
/// passes 50 ms (or a delivery is lost). The best step within 50 ms is the server's sustained throughput.
/// </summary>
public static class SaturationScenario
{
    public const double LimitMs = 50;

    public static async Task RunAsync(BenchContext context)
    {
        var table = NewTable(context, "S4", "");
        var best = new Dictionary<string, DeliveryFigures?>();
        foreach (var start in context.SingleNodeTargets())
        {
            await using var target = await start();
            best[target.Name] = await SaturateAsync(context, target, table);
        }

        if (best.GetValueOrDefault("product (SQLite)") is { } product)
        {
            if (best.GetValueOrDefault("bare hub") is { } hub)
            {
                var ratio = product.DeliveriesPerSecond / hub.DeliveriesPerSecond;
                table.Notes.Add($"Product / bare hub deliveries per second: {ratio:F2}× (target ≥ 0.8×: {(ratio >= 0.8 ? "met" : "missed")}).");
            }

            if (best.GetValueOrDefault("socket.io") is { } io)
            {
                var ratio = PerCpuSecond(product) / PerCpuSecond(io);
                table.Notes.Add($"Product / Socket.IO deliveries per server CPU-second: {ratio:F2}× (target ≥ 2×: {(ratio >= 2 ? "met" : "missed")}).");
            }
        }
    }

    public static ScenarioTable NewTable(BenchContext context, string id, string suffix)
    {
        var (rooms, members) = Shape(context);
        return context.Report.Add(id, $"{rooms} rooms × {members} members, rate raised until p99 > {LimitMs} ms{suffix}", "≥ 100k deliveries/s; ≥ 0.8× bare hub; ≥ 2× Socket.IO per CPU-second",
            "server", "notes/s", "deliveries/s", "last p50 ms", "last p99 ms", "lost", "dup", "reordered", "errors", "server CPU µs/delivery", "deliveries per CPU-s", "generator CPU", "within 50 ms");
    }

    /// <summary>Opens the rooms once, then runs the rate steps; returns the best step within the limit, if any.</summary>
    public static async Task<DeliveryFigures?> SaturateAsync(BenchContext context, ITarget target, ScenarioTable table)
    {
        var (roomCount, members) = Shape(context);
        var rates = context.SaturationOverride?.Rates ?? (context.Smoke ? [20, 60] : [25, 50, 100, 250, 500, 1000, 2000]);
        var step = TimeSpan.FromSeconds(context.Smoke ? 1 : 4);
        Ledger? current = null;
        var rooms = new List<IRoom>();
        DeliveryFigures? best = null;
        try
        {
            var options = new RoomOptions(BenchContext.ProtocolFor(target), members, Ledger.Switching(() => Volatile.Read(ref current)));
            for (var r = 0; r < roomCount; r++)
            {
                context.Deadline.ThrowIfCancellationRequested();
                rooms.Add(await target.OpenRoomAsync(options, context.Deadline));
            }

            var firstIndex = 0;
            foreach (var rate in rates)
            {
                context.Deadline.ThrowIfCancellationRequested();
                var ledger = new Ledger((int)(rate * step.TotalSeconds) + 1, members + 1, firstIndex);
                firstIndex += ledger.Messages;
                Volatile.Write(ref current, ledger);
                var f = await Delivery.MeasureAsync(target, rooms, ledger, rate, step);
                var within = f.LastRecipientP99Ms <= LimitMs && f.Incomplete == 0;
                table.Row(new { server = target.Name, rate, figures = f }, target.Name, rate, f.DeliveriesPerSecond, f.LastRecipientP50Ms, f.LastRecipientP99Ms, f.Incomplete, f.Duplicates, f.Reordered, f.Errors,
                    f.ServerCpuMicrosPerDelivery, PerCpuSecond(f), $"{f.GeneratorCpuShare:P0}", within ? "yes" : f.LowerBound ? "no (lower bound)" : "no");
                context.Log($"{table.Id} {target.Name} {rate} notes/s: {f.DeliveriesPerSecond:F0} deliveries/s, last p99 {f.LastRecipientP99Ms} ms, lost {f.Incomplete}");
                if (!within)
                {
                    break;
                }

                best = f;
            }
        }
        finally
        {
            foreach (var room in rooms)
            {
                await room.DisposeAsync();
            }
        }

        return best;
    }

    public static double PerCpuSecond(DeliveryFigures f) => f.ServerCpuSeconds <= 0 ? 0 : f.Deliveries / f.ServerCpuSeconds;

    private static (int Rooms, int Members) Shape(BenchContext context) =>
        context.SaturationOverride is { } given ? (given.Rooms, given.Members) : context.Smoke ? (3, 10) : (50, 200);
}
