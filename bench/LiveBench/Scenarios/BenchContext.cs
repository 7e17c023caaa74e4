using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Report;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>What every scenario shares: the mode, the report, the run's deadline, and how to start each server.</summary>
public sealed class BenchContext
{
    public required bool Smoke { get; init; }

    public required RunReport Report { get; init; }

    public required CancellationToken Deadline { get; init; }

    /// <summary>S4's rooms, members per room and note rates when given on the command line (for profiling runs).</summary>
    public (int Rooms, int Members, double[] Rates)? SaturationOverride { get; init; }

    /// <summary>D1's soirées, phones and idle eviction when given on the command line.</summary>
    public DayShape? Day { get; init; }

    /// <summary>Settings given to every product node (e.g. rate limits sized for a benchmark's posting rate).</summary>
    public IReadOnlyDictionary<string, string> ProductSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>The three servers of the comparison, one node each, started fresh for each scenario.</summary>
    public IEnumerable<Func<Task<ITarget>>> SingleNodeTargets()
    {
        yield return async () => await ProductTarget.StartAsync(1, ProductSettings);
        yield return async () => await BareHubTarget.StartAsync(1);
        yield return async () => await SocketIoTarget.StartAsync(1);
    }

    /// <summary>The SignalR protocol phones use (the pages use MessagePack); Socket.IO has its own.</summary>
    public static string ProtocolFor(ITarget target) => target is SocketIoTarget ? "socket.io" : "messagepack";

    /// <summary>S3's figures by server kind ("product", "bare hub", "socket.io") and room size, for S5 and S6 to compare with.</summary>
    public Dictionary<(string Kind, int Members), DeliveryFigures> FanOut { get; } = [];

    /// <summary>The kind of server behind a target's name, without its store or node count.</summary>
    public static string KindOf(ITarget target) => target.Name.Split(" ×")[0].Split(" (")[0];

    public void Log(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
