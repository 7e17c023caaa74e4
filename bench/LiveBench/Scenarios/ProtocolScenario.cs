using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>S7: the product's two hub protocols side by side on the same room size and rate: bytes and server CPU.</summary>
public static class ProtocolScenario
{
    public static async Task RunAsync(BenchContext context)
    {
        var members = context.Smoke ? 20 : 200;
        var rate = context.Smoke ? 10 : 50;
        var duration = TimeSpan.FromSeconds(context.Smoke ? 1.5 : 8);
        var table = context.Report.Add("S7", $"JSON vs MessagePack, product, {members} members, {rate} notes/s", "MessagePack ≥ 30% fewer bytes and ≥ 20% less server CPU",
            "protocol", "deliveries", "bytes to clients / delivery", "bytes from clients / note", "server CPU µs/delivery", "last p99 ms", "lost");
        await using var target = await ProductTarget.StartAsync(1, context.ProductSettings);
        await FanOutScenario.WarmUpAsync(context, target);
        var measured = new Dictionary<string, DeliveryFigures>();
        // Alternate the protocols twice so that warm-up and drift do not favour one.
        foreach (var protocol in (string[])["json", "messagepack", "json", "messagepack"])
        {
            context.Deadline.ThrowIfCancellationRequested();
            var ledger = new Ledger((int)(rate * duration.TotalSeconds) + 1, members + 1);
            await using var room = await target.OpenRoomAsync(new RoomOptions(protocol, members, ledger.NewRecipient), context.Deadline);
            var f = await Delivery.MeasureAsync(target, [room], ledger, rate, duration);
            measured[protocol] = f; // the second pass of each protocol is the one kept
        }

        foreach (var (protocol, f) in measured)
        {
            table.Row(new { protocol, figures = f }, protocol, f.Deliveries, (double)f.BytesToClients / Math.Max(1, f.Deliveries), (double)f.BytesFromClients / Math.Max(1, f.Sent), f.ServerCpuMicrosPerDelivery, f.LastRecipientP99Ms, f.Incomplete);
        }

        var json = measured["json"];
        var pack = measured["messagepack"];
        var bytesSaved = 1 - ((double)pack.BytesToClients / pack.Deliveries / ((double)json.BytesToClients / json.Deliveries));
        var cpuSaved = 1 - (pack.ServerCpuMicrosPerDelivery / json.ServerCpuMicrosPerDelivery);
        table.Notes.Add($"MessagePack against JSON: {bytesSaved:P0} fewer bytes to clients per delivery ({(bytesSaved >= 0.30 ? "met" : "missed")}), {cpuSaved:P0} less server CPU per delivery ({(cpuSaved >= 0.20 ? "met" : "missed")}).");
        context.Log($"S7 bytes saved {bytesSaved:P0}, CPU saved {cpuSaved:P0}");
    }
}
