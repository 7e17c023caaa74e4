using System.Diagnostics;
using System.Text.Json;

namespace StartupTerritoire.Server.Tests.Bench;

/// <summary>
/// The live benchmark at a tiny size, so the harness, its three servers and its report never rot. It checks what the
/// harness must get right (every message delivered once, in order, to every recipient; the tables written), never
/// speed: timings on a shared machine belong to ./bench.sh, not to tests.
/// </summary>
public sealed class LiveBenchSmokeTests
{
    [Fact]
    public async Task Smoke_run_measures_the_three_servers_and_writes_its_report()
    {
        await EnsureSocketIoInstalledAsync();
        var output = Directory.CreateTempSubdirectory("livebench-smoke-").FullName;
        try
        {
            var (exit, log) = await RunAsync("dotnet", Path.Combine(RepositoryPaths.Root, "bench", "LiveBench", "bin", RepositoryPaths.Configuration, "net10.0", "StartupTerritoire.LiveBench.dll"),
                "--smoke", "--scenarios", "V,S2,S3,S7", "--minutes", "4", "--configuration", RepositoryPaths.Configuration, "--out", output);
            Assert.True(exit == 0, log);

            var json = Directory.GetFiles(output, "live-*.json").Single();
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var scenarios = report.RootElement.GetProperty("scenarios").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
            Assert.Equal(["S2", "S3", "S3t", "S7", "V"], scenarios.Keys.Order());

            var fanOut = scenarios["S3"].GetProperty("figures").EnumerateArray().ToList();
            Assert.Equal(["bare hub", "product (SQLite)", "socket.io"], fanOut.Select(r => r.GetProperty("server").GetString()).Distinct().Order());
            foreach (var row in fanOut)
            {
                var figures = row.GetProperty("figures");
                var members = row.GetProperty("members").GetInt32();
                var sent = figures.GetProperty("sent").GetInt32();
                Assert.True(sent > 0, row.ToString());
                Assert.Equal((long)sent * (members + 1), figures.GetProperty("deliveries").GetInt64());
                Assert.Equal(0, figures.GetProperty("incomplete").GetInt32());
                Assert.Equal(0, figures.GetProperty("duplicates").GetInt32());
                Assert.Equal(0, figures.GetProperty("reordered").GetInt32());
                Assert.Equal(0, figures.GetProperty("errors").GetInt32());
                Assert.True(figures.GetProperty("serverCpuSeconds").GetDouble() > 0, row.ToString());
            }

            // What S3's tail lines up with: both .NET servers report their collector's work (the product on /metrics,
            // the bare hub on /gcstats), Node.js has nothing to report; the generator always measures its own stalls.
            var tail = scenarios["S3t"].GetProperty("figures").EnumerateArray().ToList();
            Assert.Equal(fanOut.Count, tail.Count);
            foreach (var row in tail)
            {
                var gc = row.GetProperty("gc");
                Assert.Equal(row.GetProperty("server").GetString() == "socket.io", gc.ValueKind == JsonValueKind.Null);
                Assert.True(row.GetProperty("stallMax").GetDouble() > 0, row.ToString());
            }

            var storm = scenarios["S2"].GetProperty("figures").EnumerateArray().Single();
            Assert.Equal(0, storm.GetProperty("errors").GetInt32());

            var protocols = scenarios["S7"].GetProperty("figures").EnumerateArray().ToList();
            Assert.Equal(["json", "messagepack"], protocols.Select(p => p.GetProperty("protocol").GetString()).Order());
            Assert.All(protocols, p => Assert.True(p.GetProperty("figures").GetProperty("bytesToClients").GetInt64() > 0));

            // The generator's clients and the official .NET and JavaScript clients all got every message.
            var validation = scenarios["V"].GetProperty("figures").EnumerateArray().ToList();
            Assert.Equal(3, validation.Count);
            Assert.All(validation, v => Assert.Equal(0, v.GetProperty("figures").GetProperty("incomplete").GetInt32()));

            var markdown = await File.ReadAllTextAsync(Directory.GetFiles(output, "live-*.md").Single());
            Assert.Contains("### S3 — Room fan-out", markdown, StringComparison.Ordinal);
            Assert.Contains("| socket.io |", markdown, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task EnsureSocketIoInstalledAsync()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "bench", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "socket.io")))
        {
            var (exit, log) = await RunAsync("npm", "ci", "--prefix", folder, "--no-audit", "--no-fund");
            Assert.True(exit == 0, $"npm ci in bench/node failed:{Environment.NewLine}{log}");
        }
    }

    private static async Task<(int Exit, string Log)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().DefaultTimeout(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
