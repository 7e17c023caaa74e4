using StartupTerritoire.LiveBench.Clients;
using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Targets;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// V: the same bare-hub room measured with the benchmark's own clients, with the official .NET client and with the
/// official JavaScript client (MessagePack, WebSockets), each twice in turn; the generator is valid when its medians
/// agree with the official clients' within 10%. The room is small on purpose: the official clients run all their
/// recipients in one process each (the JavaScript ones on one thread), and with hundreds of members that process's
/// own decoding, not the server, sets the last recipient's latency; a small room compares what the clients measure.
/// </summary>
public static class ValidationScenario
{
    private const string Ours = "benchmark clients";
    private const string DotNet = "official .NET client";
    private const string JavaScript = "official JavaScript client";

    public static async Task RunAsync(BenchContext context)
    {
        var members = context.Smoke ? 10 : 25;
        var duration = TimeSpan.FromSeconds(context.Smoke ? 1.5 : 8);
        var table = context.Report.Add("V", $"Generator against the official clients, bare hub, {members} members, {FanOutScenario.Rate} notes/s", "medians within 10% (or 0.5 ms) of the official clients'",
            "clients", "deliveries", "all p50 ms", "all p99 ms", "last p50 ms", "last p99 ms", "lost");
        await using var target = await BareHubTarget.StartAsync(1);
        var kept = new Dictionary<string, DeliveryFigures>();
        foreach (var clients in (string[])[Ours, DotNet, JavaScript, Ours, DotNet, JavaScript])
        {
            context.Deadline.ThrowIfCancellationRequested();
            var ledger = new Ledger((int)(FanOutScenario.Rate * duration.TotalSeconds) + 1, members + 1);
            kept[clients] = clients == JavaScript
                ? await MeasureJavaScriptAsync(context, target, members, ledger, duration)
                : await MeasureAsync(context, target, clients, members, ledger, duration);
        }

        foreach (var (name, f) in kept)
        {
            table.Row(new { clients = name, figures = f }, name, f.Deliveries, f.PerRecipientP50Ms, f.PerRecipientP99Ms, f.LastRecipientP50Ms, f.LastRecipientP99Ms, f.Incomplete);
        }

        var ours = kept[Ours];
        foreach (var official in (string[])[DotNet, JavaScript])
        {
            var theirs = kept[official];
            var agree = Close(ours.PerRecipientP50Ms, theirs.PerRecipientP50Ms) && Close(ours.LastRecipientP50Ms, theirs.LastRecipientP50Ms);
            table.Notes.Add($"Against the {official}: medians {(agree ? "agree" : "differ")} within 10% (or 0.5 ms): all-recipient p50 {ours.PerRecipientP50Ms} vs {theirs.PerRecipientP50Ms} ms, last-recipient p50 {ours.LastRecipientP50Ms} vs {theirs.LastRecipientP50Ms} ms.");
            context.Log($"V {official}: p50 {ours.PerRecipientP50Ms} vs {theirs.PerRecipientP50Ms} ms ({(agree ? "agree" : "differ")})");
        }

        table.Notes.Add("Tails (p99) on a shared two-core machine are reported, not judged.");
    }

    private static bool Close(double ours, double theirs) => Math.Abs(ours - theirs) <= Math.Max(0.5, 0.1 * theirs);

    private static async Task<DeliveryFigures> MeasureAsync(BenchContext context, ITarget target, string clients, int members, Ledger ledger, TimeSpan duration)
    {
        var options = new RoomOptions("messagepack", members, ledger.NewRecipient);
        await using var room = clients == DotNet
            ? await OfficialClientRoom.OpenAsync(target.Nodes[0].Address, options, context.Deadline)
            : await target.OpenRoomAsync(options, context.Deadline);
        return await Delivery.MeasureAsync(target, [room], ledger, FanOutScenario.Rate, duration);
    }

    // The JavaScript clients only receive: one connection of the benchmark's posts for them, and is not counted.
    private static async Task<DeliveryFigures> MeasureJavaScriptAsync(BenchContext context, ITarget target, int members, Ledger ledger, TimeSpan duration)
    {
        var room = $"js-{Guid.NewGuid():N}";
        var hub = new Uri(target.Nodes[0].Address, "/hubs/room");
        await using var recipients = await JsRecipients.StartAsync(hub, room, members + 1, context.Deadline);
        var poster = await SignalRClient.ConnectAsync(new Uri($"ws://{hub.Authority}/hubs/room"), new MessagePackHubCodec(), static _ => { }, context.Deadline);
        await poster.InvokeAsync("Join", room);
        await using var posting = new Room([new HubRoomClient(poster, (id, text) => [room, id, text], "Post")]);
        return await Delivery.MeasureAsync(target, [posting], ledger, FanOutScenario.Rate, duration, async () =>
        {
            foreach (var (id, timestamp) in await recipients.StopAsync())
            {
                ledger.BookReceipt(id, timestamp);
            }
        });
    }
}
