using System.Diagnostics;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>Posts on an open-loop schedule into open rooms and measures delivery, bytes and CPU on both sides.</summary>
public static class Delivery
{
    // collect, when given, runs after the last send and the wait for deliveries, before the figures are taken: it
    // books receipts timed elsewhere (the official JavaScript clients).
    public static async Task<DeliveryFigures> MeasureAsync(ITarget target, IReadOnlyList<IRoom> rooms, Ledger ledger, double ratePerSecond, TimeSpan duration, Func<Task>? collect = null)
    {
        var clients = rooms.SelectMany(r => r.Clients).ToList();
        var bytesInBefore = clients.Sum(c => c.BytesReceived);
        var bytesOutBefore = clients.Sum(c => c.BytesSent);
        var errorsBefore = clients.Sum(c => c.Errors);
        var serverCpuBefore = target.Nodes.Sum(n => n.CpuSeconds);
        var generatorCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();

        var sent = await OpenLoop.RunAsync(rooms, ledger, ratePerSecond, duration, TimeSpan.FromSeconds(collect is null ? 5 : 2));
        if (collect is not null)
        {
            await collect();
        }

        var seconds = wall.Elapsed.TotalSeconds;
        var serverCpu = target.Nodes.Sum(n => n.CpuSeconds) - serverCpuBefore;
        var generatorCpu = (Process.GetCurrentProcess().TotalProcessorTime - generatorCpuBefore).TotalSeconds;
        var deliveries = ledger.Deliveries;
        if (ledger.Incomplete(sent) > 0)
        {
            Console.Error.WriteLine($"Not delivered to everyone: {ledger.IncompleteSummary(sent)}");
        }

        return new DeliveryFigures(
            Sent: sent,
            Deliveries: deliveries,
            Incomplete: ledger.Incomplete(sent),
            Duplicates: ledger.Duplicates,
            Reordered: ledger.Reordered,
            Errors: clients.Sum(c => c.Errors) - errorsBefore,
            PerRecipientP50Ms: Ms(ledger.PerRecipient.GetValueAtPercentile(50)),
            PerRecipientP99Ms: Ms(ledger.PerRecipient.GetValueAtPercentile(99)),
            LastRecipientP50Ms: Ms(ledger.LastRecipient.GetValueAtPercentile(50)),
            LastRecipientP99Ms: Ms(ledger.LastRecipient.GetValueAtPercentile(99)),
            LastRecipientMaxMs: Ms(ledger.LastRecipient.GetValueAtPercentile(100)),
            DeliveriesPerSecond: deliveries / seconds,
            ServerCpuSeconds: serverCpu,
            ServerCpuMicrosPerDelivery: deliveries == 0 ? 0 : serverCpu * 1e6 / deliveries,
            GeneratorCpuShare: generatorCpu / (seconds * Environment.ProcessorCount),
            MachineBusyShare: (generatorCpu + serverCpu) / (seconds * Environment.ProcessorCount),
            BytesToClients: clients.Sum(c => c.BytesReceived) - bytesInBefore,
            BytesFromClients: clients.Sum(c => c.BytesSent) - bytesOutBefore);
    }

    private static double Ms(long micros) => Math.Round(micros / 1000.0, 3);
}

/// <summary>One measured run. Latencies count from each message's due time; CPU shares are of the whole machine.</summary>
public sealed record DeliveryFigures(
    int Sent,
    long Deliveries,
    int Incomplete,
    int Duplicates,
    int Reordered,
    int Errors,
    double PerRecipientP50Ms,
    double PerRecipientP99Ms,
    double LastRecipientP50Ms,
    double LastRecipientP99Ms,
    double LastRecipientMaxMs,
    double DeliveriesPerSecond,
    double ServerCpuSeconds,
    double ServerCpuMicrosPerDelivery,
    double GeneratorCpuShare,
    double MachineBusyShare,
    long BytesToClients,
    long BytesFromClients)
{
    /// <summary>
    /// The generator, or the generator and the server together, used 90% or more of the machine: the server shares its
    /// cores with the load, so it may have more to give than measured.
    /// </summary>
    public bool LowerBound => GeneratorCpuShare >= 0.9 || MachineBusyShare >= 0.9;
}
