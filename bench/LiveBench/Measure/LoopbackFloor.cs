using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HdrHistogram;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>What loopback itself costs on this machine at the time of the run: a TCP ping-pong and a bulk copy.</summary>
public static class LoopbackFloor
{
    public static async Task<LoopbackFigures> MeasureAsync(int roundTrips)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = new TcpClient { NoDelay = true };
        var accepting = listener.AcceptTcpClientAsync();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using var server = await accepting;
        server.NoDelay = true;
        var echo = Task.Run(async () =>
        {
            var stream = server.GetStream();
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                if (n == 64)
                {
                    await stream.WriteAsync(buffer.AsMemory(0, n));
                }
            }
        });

        var histogram = new LongHistogram(1, 10_000_000, 3);
        var ping = new byte[64];
        var answer = new byte[64];
        var stream = client.GetStream();
        for (var i = 0; i < roundTrips; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            await stream.WriteAsync(ping);
            await stream.ReadExactlyAsync(answer);
            histogram.RecordValue(Math.Max(1, (long)(Stopwatch.GetElapsedTime(sent).TotalMicroseconds)));
        }

        // Bulk: 256 MB one way in 1 MB writes (the echo side only reads them).
        var block = new byte[1 << 20];
        var bulk = Stopwatch.StartNew();
        for (var i = 0; i < 256; i++)
        {
            await stream.WriteAsync(block);
        }

        client.Client.Shutdown(SocketShutdown.Send);
        await echo;
        var seconds = bulk.Elapsed.TotalSeconds;
        return new LoopbackFigures(histogram.GetValueAtPercentile(50), histogram.GetValueAtPercentile(99), 256 / seconds);
    }
}

/// <summary>Round trip medians and tails in microseconds; throughput in MB/s.</summary>
public sealed record LoopbackFigures(long RoundTripP50Us, long RoundTripP99Us, double BulkMegabytesPerSecond);
