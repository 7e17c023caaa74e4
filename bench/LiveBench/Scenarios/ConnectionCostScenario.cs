using System.Diagnostics;
using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// P1: where the server's CPU per delivery goes with 10,000 connections (S4's 50 rooms × 200 at 25 notes/s), part by
/// part. First the connections sit idle and the CPU they cost anyway (keep-alive pings both ways, heartbeats and
/// timeouts, the collector) is measured; then the notes flow and the CPU per delivery is split into that idle share
/// and what the deliveries add. The collector's work is read from the .NET servers in each phase. The product is also
/// run with the collector's settings changed one at a time, each side by side with the default in the same run.
/// Not in the default run (it takes several minutes): ./bench.sh --scenarios P1.
/// </summary>
public static class ConnectionCostScenario
{
    private static readonly (string Name, Dictionary<string, string> Environment)[] s_productVariants =
    [
        ("product (SQLite)", []),
        // The runtime's own first-generation budget (about 2 MB on this machine) instead of the 64 MB the product's
        // launch profile sets: many more collections for the same garbage.
        ("product, runtime's gen0 budget", new() { ["DOTNET_GCgen0size"] = "" }),
        // No background collection thread competing with the sends on two cores.
        ("product, non-concurrent GC", new() { ["DOTNET_gcConcurrent"] = "0" }),
    ];

    public static async Task RunAsync(BenchContext context)
    {
        var (rooms, members) = context.Smoke ? (3, 10) : (50, 200);
        var rate = context.Smoke ? 20.0 : 25.0;
        // Idle for longer than every keep-alive period (Socket.IO pings each connection 25 s after it opened, SignalR's
        // server every 15 s and the clients every 10 s), so each connection's pings are in the idle figure.
        var idle = TimeSpan.FromSeconds(context.Smoke ? 1 : 30);
        var traffic = TimeSpan.FromSeconds(context.Smoke ? 1 : 8);
        var table = context.Report.Add("P1", $"Server CPU per delivery at {rooms * (members + 1):N0} connections ({rooms} rooms × {members} and a board, {rate} notes/s), part by part",
            "accounts for the CPU per delivery; the product ≥ 1× Socket.IO deliveries per CPU-second",
            "server", "idle CPU ms/s", "idle µs per connection-s", "deliveries/s", "CPU µs/delivery", "of which idle share", "of which deliveries", "deliveries per CPU-s",
            "GCs idle (0/1/2)", "GCs traffic (0/1/2)", "GC pause ms traffic", "last p99 ms");

        var targets = s_productVariants.Select(v => (Func<Task<ITarget>>)(async () => await StartProductAsync(context, v.Name, v.Environment)))
            .Append(async () => await BareHubTarget.StartAsync(1))
            .Append(async () => await SocketIoTarget.StartAsync(1));
        var perCpuSecond = new Dictionary<string, double>();
        foreach (var start in targets)
        {
            context.Deadline.ThrowIfCancellationRequested();
            await using var target = await start();
            var name = target is NamedTarget named ? named.Label : target.Name;
            var opened = new List<IRoom>();
            Ledger? current = null;
            try
            {
                var options = new RoomOptions(BenchContext.ProtocolFor(target), members, Ledger.Switching(() => Volatile.Read(ref current)));
                for (var r = 0; r < rooms; r++)
                {
                    opened.Add(await target.OpenRoomAsync(options, context.Deadline));
                }

                var connections = opened.Sum(r => r.Clients.Count);

                // Let the handshakes' work and garbage settle, then measure the connections doing nothing.
                await Task.Delay(TimeSpan.FromSeconds(context.Smoke ? 1 : 3), context.Deadline);
                var node = target.Nodes[0];
                // Node.js has no such figures to read.
                Task<GcFigures?> ReadGc() => target is SocketIoTarget ? Task.FromResult<GcFigures?>(null) : GcProbe.ReadAsync(node.Address, context.Deadline);
                var gcBefore = await ReadGc();
                var cpuBefore = node.CpuSeconds;
                var wall = Stopwatch.StartNew();
                await Task.Delay(idle, context.Deadline);
                var idleCpuPerSecond = (node.CpuSeconds - cpuBefore) / wall.Elapsed.TotalSeconds;
                var gcIdle = await ReadGc();

                var ledger = new Ledger((int)(rate * traffic.TotalSeconds) + 1, members + 1);
                Volatile.Write(ref current, ledger);
                var f = await Delivery.MeasureAsync(target, opened, ledger, rate, traffic);
                var gcTraffic = await ReadGc();

                var idleShare = f.DeliveriesPerSecond <= 0 ? 0 : idleCpuPerSecond * 1e6 / f.DeliveriesPerSecond;
                perCpuSecond[name] = SaturationScenario.PerCpuSecond(f);
                table.Row(
                    new { server = name, connections, idleCpuPerSecond, figures = f, gcIdle = Difference(gcIdle, gcBefore), gcTraffic = Difference(gcTraffic, gcIdle) },
                    name, idleCpuPerSecond * 1000, idleCpuPerSecond * 1e6 / connections, f.DeliveriesPerSecond, f.ServerCpuMicrosPerDelivery, idleShare,
                    f.ServerCpuMicrosPerDelivery - idleShare, perCpuSecond[name], Gcs(gcIdle, gcBefore), Gcs(gcTraffic, gcIdle), Pause(gcTraffic, gcIdle), f.LastRecipientP99Ms);
                context.Log($"P1 {name}: idle {idleCpuPerSecond * 1000:F0} ms/s, {f.ServerCpuMicrosPerDelivery:F1} µs per delivery");
            }
            finally
            {
                foreach (var room in opened)
                {
                    await room.DisposeAsync();
                }
            }
        }

        if (perCpuSecond.TryGetValue("socket.io", out var io) && io > 0)
        {
            foreach (var (name, value) in perCpuSecond.Where(p => p.Key.StartsWith("product", StringComparison.Ordinal)))
            {
                table.Notes.Add($"{name} / Socket.IO deliveries per CPU-second: {value / io:F2}× (target ≥ 1×: {(value >= io ? "met" : "missed")}).");
            }
        }

        table.Notes.Add("The idle share is the CPU the connections cost while nothing is sent, spread over the deliveries of the traffic phase; the rest is what the deliveries add. Collections are counted by the oldest generation each one took.");
    }

    private static async Task<ITarget> StartProductAsync(BenchContext context, string label, IReadOnlyDictionary<string, string> environment)
    {
        // The processes copy the environment when they start: set the variant's variables for this start only (an
        // empty value leaves the variable out, so the runtime's own default applies), then put the defaults back.
        var saved = environment.Keys.ToDictionary(k => k, k => ProductTarget.DotnetEnvironment.GetValueOrDefault(k));
        foreach (var (key, value) in environment)
        {
            SetOrLeaveOut(key, value);
        }

        try
        {
            return new NamedTarget(await ProductTarget.StartAsync(1, context.ProductSettings), label);
        }
        finally
        {
            foreach (var (key, value) in saved)
            {
                SetOrLeaveOut(key, value);
            }
        }
    }

    private static void SetOrLeaveOut(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            ProductTarget.DotnetEnvironment.Remove(key);
        }
        else
        {
            ProductTarget.DotnetEnvironment[key] = value;
        }
    }

    private static GcFigures? Difference(GcFigures? after, GcFigures? before) => after is null || before is null ? null : after - before;

    private static string Gcs(GcFigures? after, GcFigures? before) =>
        after is null || before is null ? "—" : $"{after.Gen0 - before.Gen0}/{after.Gen1 - before.Gen1}/{after.Gen2 - before.Gen2}";

    private static string Pause(GcFigures? after, GcFigures? before) =>
        after is null || before is null ? "—" : ((after.PauseSeconds - before.PauseSeconds) * 1000).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A product target shown under the name of its variant.</summary>
    private sealed class NamedTarget(ITarget inner, string label) : ITarget
    {
        public string Label { get; } = label;

        public string Name => inner.Name;

        public IReadOnlyList<Servers.ServerProcess> Nodes => inner.Nodes;

        public Task<IRoom> OpenRoomAsync(RoomOptions options, CancellationToken cancellationToken) => inner.OpenRoomAsync(options, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
