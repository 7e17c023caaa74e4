using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>
/// S1: resident memory per idle connection, from the slope between a small and a large number of connected phones
/// (rooms of 250 plus a board), so the process's fixed cost drops out.
/// </summary>
public static class IdleMemoryScenario
{
    private const int RoomSize = 250;

    public static async Task RunAsync(BenchContext context)
    {
        var (low, high) = context.Smoke ? (40, 200) : (1000, 10_000);
        var table = context.Report.Add("S1", $"Memory per idle connection, {low:N0} → {high:N0} connections", "≤ 20 KB per connection and ≤ 1.3× the bare hub",
            "server", $"RSS at {low:N0} (MB)", $"RSS at {high:N0} (MB)", "KB per connection", "× bare hub", "verdict");
        var perConnection = new Dictionary<string, double>();
        foreach (var start in context.SingleNodeTargets())
        {
            context.Deadline.ThrowIfCancellationRequested();
            await using var target = await start();
            var rooms = new List<IRoom>();
            try
            {
                var rssLow = await GrowAsync(context, target, rooms, low);
                var rssHigh = await GrowAsync(context, target, rooms, high);
                var kb = (rssHigh - rssLow) / 1024.0 / (high - low);
                perConnection[target.Name] = kb;
                var ratio = perConnection.TryGetValue("bare hub", out var bare) && target.Name != "bare hub" ? kb / bare : double.NaN;
                var verdict = target is ProductTarget ? (kb <= 20 ? "met" : "missed") + (double.IsNaN(ratio) ? "" : ratio <= 1.3 ? ", ratio met" : ", ratio missed") : "—";
                table.Row(new { server = target.Name, low, high, rssLow, rssHigh, kbPerConnection = kb }, target.Name, rssLow / 1048576.0, rssHigh / 1048576.0, kb, double.IsNaN(ratio) ? "—" : ratio, verdict);
                context.Log($"S1 {target.Name}: {kb:F1} KB per connection");
            }
            finally
            {
                foreach (var room in rooms)
                {
                    await room.DisposeAsync();
                }
            }
        }

        // The product runs first so its ratio is computed once the bare hub is known.
        if (perConnection.TryGetValue("product (SQLite)", out var product) && perConnection.TryGetValue("bare hub", out var hub))
        {
            table.Notes.Add($"Product / bare hub: {product / hub:F2}× per connection.");
        }
    }

    /// <summary>Opens rooms until <paramref name="connections"/> clients are connected, lets the server settle, reads its RSS.</summary>
    private static async Task<long> GrowAsync(BenchContext context, ITarget target, List<IRoom> rooms, int connections)
    {
        var connected = rooms.Sum(r => r.Clients.Count);
        while (connected < connections)
        {
            var members = Math.Min(RoomSize, connections - connected - 1);
            var room = await target.OpenRoomAsync(RoomOptions.Silent(BenchContext.ProtocolFor(target), Math.Max(1, members)), context.Deadline);
            rooms.Add(room);
            connected += room.Clients.Count;
        }

        // Idle means idle: let the handshakes' garbage be collected before reading.
        await Task.Delay(TimeSpan.FromSeconds(context.Smoke ? 1 : 4), context.Deadline);
        return target.Nodes.Sum(n => n.ResidentBytes);
    }
}
