using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// A cheap phone on weak venue Wi-Fi, emulated by Chromium through the DevTools protocol for one page: latency and
/// bandwidth on every request, a slower processor, and a record of what each response cost on the wire. Apply it
/// before the first navigation, on a fresh context (an empty cache). It reads the page through the protocol too, so
/// that measuring adds no script of Playwright's to the page's slowed main thread.
/// </summary>
public sealed class SlowPhone
{
    private readonly ConcurrentDictionary<string, Pending> _pending = new();
    private readonly ConcurrentDictionary<string, int> _wireStatus = new();
    private readonly ConcurrentQueue<Transfer> _finished = new();
    private double? _firstSent;

    // Seldom: each look is a task on the page's slowed main thread, and the moments carry their own time.
    private static readonly TimeSpan PollPeriod = TimeSpan.FromMilliseconds(250);
    private readonly ICDPSession _cdp;

    private SlowPhone(ICDPSession cdp)
    {
        _cdp = cdp;
    }

    /// <summary>Every response received in full so far, in the order they finished.</summary>
    public IReadOnlyList<Transfer> Finished => [.. _finished];

    /// <summary>
    /// Throttles <paramref name="page"/>: <paramref name="latency"/> before each response, <paramref name="kilobitsPerSecond"/>
    /// down and up, the processor <paramref name="cpuSlowdown"/> times slower, and only <paramref name="acceptedEncodings"/>
    /// offered in Accept-Encoding (Chromium offers br only over HTTPS and to localhost: a phone on the hall's LAN over
    /// plain HTTP gets gzip).
    /// </summary>
    public static async Task<SlowPhone> ApplyAsync(IBrowserContext context, IPage page, TimeSpan latency, int kilobitsPerSecond, int cpuSlowdown, IReadOnlyList<string> acceptedEncodings)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cdp = await context.NewCDPSessionAsync(page).DefaultTimeout();
        var link = new SlowPhone(cdp);
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) => link.Sent(e);
        cdp.Event("Network.responseReceived").OnEvent += (_, e) => link.Received(e);
        cdp.Event("Network.responseReceivedExtraInfo").OnEvent += (_, e) => link.ReceivedOnTheWire(e);
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => link.LoadingFinished(e);
        await cdp.SendAsync("Network.enable").DefaultTimeout();
        await cdp.SendAsync("Performance.enable").DefaultTimeout();
        var bytesPerSecond = kilobitsPerSecond * 1000 / 8;
        await cdp.SendAsync("Network.emulateNetworkConditions", new()
        {
            ["offline"] = false,
            ["latency"] = latency.TotalMilliseconds,
            ["downloadThroughput"] = bytesPerSecond,
            ["uploadThroughput"] = bytesPerSecond,
        }).DefaultTimeout();
        await cdp.SendAsync("Network.setExtraHTTPHeaders", new()
        {
            ["headers"] = new Dictionary<string, string> { ["Accept-Encoding"] = string.Join(", ", acceptedEncodings) },
        }).DefaultTimeout();
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = cpuSlowdown }).DefaultTimeout();
        return link;
    }

    /// <summary>The page's main-thread time so far, in ms (throttled): all tasks, script, layout and style.</summary>
    public async Task<string> MainThreadAsync()
    {
        var metrics = (await _cdp.SendAsync("Performance.getMetrics").DefaultTimeout())!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
        return string.Create(CultureInfo.InvariantCulture,
            $"tasks {metrics["TaskDuration"] * 1000:0} ms, script {metrics["ScriptDuration"] * 1000:0} ms, layout {metrics["LayoutDuration"] * 1000:0} ms, style {metrics["RecalcStyleDuration"] * 1000:0} ms");
    }

    /// <summary>Polls <paramref name="expression"/> in the page until it is a number, and returns that number.</summary>
    public async Task<double> WhenAsync(string expression, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var answer = await _cdp.SendAsync("Runtime.evaluate", new() { ["expression"] = expression, ["returnByValue"] = true }).DefaultTimeout();
            if (answer?.GetProperty("result").TryGetProperty("value", out var value) == true && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetDouble();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{expression} was still not a number after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(PollPeriod);
        }
    }

    private void Sent(JsonElement? message)
    {
        if (message is not { } e)
        {
            return;
        }

        var timestamp = e.GetProperty("timestamp").GetDouble();
        if (_firstSent is null || (e.TryGetProperty("type", out var type) && type.GetString() == "Document"))
        {
            _firstSent = timestamp;
        }

        var request = e.GetProperty("request");
        _pending[e.GetProperty("requestId").GetString()!] = new Pending(request.GetProperty("url").GetString()!, timestamp);
    }

    private void Received(JsonElement? message)
    {
        if (message is not { } e || !_pending.TryGetValue(e.GetProperty("requestId").GetString()!, out var pending))
        {
            return;
        }

        var response = e.GetProperty("response");
        pending.Type = e.GetProperty("type").GetString() ?? "Other";
        pending.Status = response.GetProperty("status").GetInt32();
        pending.FromCache = response.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean();
        foreach (var header in response.GetProperty("headers").EnumerateObject())
        {
            if (header.Name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                pending.ContentEncoding = header.Value.GetString();
            }
        }
    }

    // The status that crossed the wire: a revalidated response reaches the page (and responseReceived) as the cached 200.
    private void ReceivedOnTheWire(JsonElement? message)
    {
        if (message is { } e)
        {
            _wireStatus[e.GetProperty("requestId").GetString()!] = e.GetProperty("statusCode").GetInt32();
        }
    }

    private void LoadingFinished(JsonElement? message)
    {
        if (message is not { } e || !_pending.TryRemove(e.GetProperty("requestId").GetString()!, out var pending))
        {
            return;
        }

        var first = _firstSent ?? pending.Sent;
        var status = _wireStatus.TryRemove(e.GetProperty("requestId").GetString()!, out var wire) ? wire : pending.Status;
        _finished.Enqueue(new Transfer(pending.Url, pending.Type, status, pending.ContentEncoding,
            (long)e.GetProperty("encodedDataLength").GetDouble(), pending.FromCache,
            Math.Round((pending.Sent - first) * 1000), Math.Round((e.GetProperty("timestamp").GetDouble() - first) * 1000)));
    }

    /// <summary>A table of <paramref name="transfers"/> for a test's output, with the total per resource type.</summary>
    public static string Describe(IEnumerable<Transfer> transfers)
    {
        var list = transfers.ToList();
        var lines = list.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"  {t.SentMs,6:0} → {t.FinishedMs,6:0} ms  {t.Bytes,8:N0} B  {t.Status} {(t.FromCache ? "cache" : "wire"),-5} {t.Type,-10} {t.ContentEncoding ?? "identity",-8} {t.Path}"));
        var totals = list.GroupBy(t => t.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(t => t.Bytes):N0} B"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine + "  total: " + string.Join(", ", totals);
    }

    private sealed class Pending(string url, double sent)
    {
        public string Url { get; } = url;

        public double Sent { get; } = sent;

        public string Type { get; set; } = "Other";

        public int Status { get; set; }

        public string? ContentEncoding { get; set; }

        public bool FromCache { get; set; }
    }
}
