using System.Globalization;
using System.Runtime;
using StartupTerritoire.LiveBench.Faults;
using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Report;
using StartupTerritoire.LiveBench.Scenarios;
using StartupTerritoire.LiveBench.Servers;
using StartupTerritoire.LiveBench.Targets;

// The live benchmark: the product, the bare SignalR hub and Socket.IO driven by one load generator in one run.
// Usage: LiveBench [--smoke] [--out DIR] [--scenarios S1,S3,...] [--configuration Release] [--minutes 10] [--s4 R,M,RATE...] [--product DLL] [--gc server|workstation]
//        [--soirees N --phones N --idle-eviction SECONDS] (D1's size; 0 seconds turns the eviction off)
var arguments = args.ToList();
string? Option(string name)
{
    var i = arguments.IndexOf(name);
    return i >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
}

var smoke = arguments.Contains("--smoke");
var output = Path.GetFullPath(Option("--out") ?? Path.Combine(Repository.Root, "bench", "results"));
Repository.Configuration = Option("--configuration") ?? "Release";
// Both .NET servers run with the same collector: the workstation one by default, as the product ships (its
// project turns the web SDK's server collector off); --gc server compares with the server collector.
var serverGc = Option("--gc") == "server";
ProductTarget.DotnetEnvironment["DOTNET_gcServer"] = serverGc ? "1" : "0";
if (Option("--product") is { } productAssembly)
{
    Repository.ProductAssembly = Path.GetFullPath(productAssembly);
}

var minutes = double.Parse(Option("--minutes") ?? "10", CultureInfo.InvariantCulture);
var known = new Dictionary<string, Func<BenchContext, Task>>
{
    ["V"] = ValidationScenario.RunAsync,
    ["S1"] = IdleMemoryScenario.RunAsync,
    ["S2"] = JoinStormScenario.RunAsync,
    ["S3"] = FanOutScenario.RunAsync,
    ["S4"] = SaturationScenario.RunAsync,
    ["S5"] = TwoNodeScenario.RunAsync,
    ["S6"] = SlowBoardScenario.RunAsync,
    ["S7"] = ProtocolScenario.RunAsync,
    ["P1"] = ConnectionCostScenario.RunAsync,
    ["F1"] = FaultScenarios.KillNodeAsync,
    ["F2"] = FaultScenarios.KillRedisAsync,
    ["F5"] = FaultScenarios.ReconnectStormAsync,
    ["F6"] = FaultScenarios.LossyLinkAsync,
    ["A1"] = FrameFloodScenario.RunAsync,
    ["D1"] = DayScenario.RunAsync,
};
// The fault runs belong to ./chaos.sh, the day run to ./bench.sh --day, and the connection-cost profile (P1, several
// minutes) is asked for by name: by default only the comparison runs.
var wanted = (Option("--scenarios") ?? string.Join(',', known.Keys.Where(k => k[0] is not ('F' or 'A' or 'D' or 'P')))).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
if (wanted.FirstOrDefault(w => !known.ContainsKey(w)) is { } unknown)
{
    Console.Error.WriteLine($"Unknown scenario '{unknown}'. Known: {string.Join(", ", known.Keys)}.");
    return 2;
}

// The day run starts the product alone.
var servers = wanted.All(w => w[0] == 'D')
    ? new[] { Repository.ProductAssembly }
    : [Repository.ProductAssembly, Repository.BareHubAssembly, Path.Combine(Repository.NodeFolder, "node_modules", "socket.io")];
foreach (var path in servers)
{
    if (!Path.Exists(path))
    {
        Console.Error.WriteLine($"Missing {path}: run ./bench.sh, which builds the servers and installs Socket.IO first.");
        return 2;
    }
}

using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
var loopback = await LoopbackFloor.MeasureAsync(smoke ? 200 : 5000);
var report = new RunReport
{
    Context = new RunContext(
        DateTimeOffset.UtcNow,
        smoke ? "smoke run (tiny sizes)" : "full run",
        Environment.ProcessorCount,
        $"{Environment.OSVersion}, .NET {Environment.Version}, Node.js from PATH",
        (serverGc ? "server GC (DOTNET_gcServer=1)" : "workstation GC (DOTNET_gcServer=0)")
            + (ProductTarget.DotnetEnvironment.TryGetValue("DOTNET_GCgen0size", out var gen0) ? $" with DOTNET_GCgen0size={gen0}" : "")
            + " for both .NET servers; Node.js defaults",
        GCSettings.IsServerGC ? "server" : "workstation",
        loopback),
};
// --s4 ROOMS,MEMBERS,RATE[,RATE...] reshapes S4 for a profiling run.
(int, int, double[])? saturation = Option("--s4") is { } shape && shape.Split(',') is { Length: >= 3 } parts
    ? (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2..].Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray())
    : null;
// The product runs with its default limits, except that S2's animator writes its 100 setup notes in one go.
var productSettings = new Dictionary<string, string> { ["Workshop:NoteBurst"] = "150" };
DayShape? day = Option("--soirees") is null && Option("--phones") is null && Option("--idle-eviction") is null
    ? null
    : new DayShape(
        int.Parse(Option("--soirees") ?? (smoke ? "3" : "200"), CultureInfo.InvariantCulture),
        int.Parse(Option("--phones") ?? (smoke ? "10" : "300"), CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(double.Parse(Option("--idle-eviction") ?? (smoke ? "2" : "15"), CultureInfo.InvariantCulture)));
var context = new BenchContext { Smoke = smoke, Report = report, Deadline = deadline.Token, SaturationOverride = saturation, ProductSettings = productSettings, Day = day };
var failed = false;
foreach (var id in wanted)
{
    context.Log($"{id}…");
    try
    {
        await known[id](context);
    }
    catch (OperationCanceledException) when (deadline.IsCancellationRequested)
    {
        context.Log($"{id} stopped: the run's {minutes} minutes are over.");
        failed = true;
        break;
    }
    catch (Exception e)
    {
        context.Log($"{id} failed: {e}");
        failed = true;
    }
}

Directory.CreateDirectory(output);
var stamp = report.Context.StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
var markdown = report.ToMarkdown();
await File.WriteAllTextAsync(Path.Combine(output, $"live-{stamp}.json"), report.ToJson());
await File.WriteAllTextAsync(Path.Combine(output, $"live-{stamp}.md"), markdown);
Console.WriteLine(markdown);
Console.WriteLine($"Written to {output}/live-{stamp}.md and .json");
return failed ? 1 : 0;
