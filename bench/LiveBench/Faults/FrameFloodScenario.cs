using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using StartupTerritoire.LiveBench.Measure;
using StartupTerritoire.LiveBench.Net;
using StartupTerritoire.LiveBench.Scenarios;
using StartupTerritoire.LiveBench.Targets;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Faults;

/// <summary>
/// A1 at full size: 10,000 malformed, oversized or unknown-method frames from raw WebSocket clients (joined like any
/// phone, so they get past the token check, each from its own loopback address like machines on a network), while 50
/// honest phones and a board go on with their evening. Each attacker reconnects as soon as it is closed; the server
/// holds back callers that keep breaking their connections, so the attack is spread over as long as the server
/// makes it last. The honest latency is compared with the same room measured quiet just before, and the server's
/// memory with its level before.
/// </summary>
public static class FrameFloodScenario
{
    private static readonly byte[][] Frames =
    [
        [0x00, 0xFF, 0x13, 0x37, 0x1E],
        Encoding.UTF8.GetBytes("{\"type\":1,\"target\":\u001e"),
        Encoding.UTF8.GetBytes("{\"type\":1,\"invocationId\":\"a\",\"target\":\"NoSuchMethod\",\"arguments\":[]}\u001e"),
        Encoding.UTF8.GetBytes("{\"type\":1,\"invocationId\":\"b\",\"target\":\"AddNote\",\"arguments\":[1,2,3,4,5]}\u001e"),
        Encoding.UTF8.GetBytes("{\"type\":1,\"invocationId\":\"c\",\"target\":\"AddNote\",\"arguments\":[\"" + new string('x', 100_000) + "\"]}\u001e"),
    ];

    public static async Task RunAsync(BenchContext context)
    {
        var members = context.Smoke ? 10 : 50;
        var attackers = context.Smoke ? 5 : 50;
        var frames = context.Smoke ? 200 : 10_000;
        var duration = TimeSpan.FromSeconds(context.Smoke ? 2 : 8);
        var loudDuration = TimeSpan.FromSeconds(context.Smoke ? 2 : 30);
        await using var target = await ProductTarget.StartAsync(1, context.ProductSettings);

        // A first room warms the server up (JIT, pools), so "quiet" is the server's steady state, not its first minute.
        await HonestAsync(context, target, members, TimeSpan.FromSeconds(2), attack: null);
        var quiet = await HonestAsync(context, target, members, duration, attack: null);
        var baseline = target.Nodes[0].ResidentBytes;
        var session = await target.OpenSessionWithNotesAsync(0, context.Deadline);
        var tokens = await Concurrently.RunAsync(attackers, 8, i => target.JoinAsync(session.JoinCode, $"Intrus {i}", context.Deadline), context.Deadline);
        var outcome = new FloodOutcome();
        long peak = 0;
        var started = Stopwatch.GetTimestamp();
        var loud = await HonestAsync(context, target, members, loudDuration, async () =>
        {
            await using var memory = PeakMemory.Watch(target, TimeSpan.FromMilliseconds(100));
            await Task.WhenAll(Enumerable.Range(0, attackers).Select(i => AttackAsync(target, tokens[i], frames / attackers, i, outcome, context.Deadline)));
            peak = memory.Peak;
        });
        var attackSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        await Task.Delay(TimeSpan.FromSeconds(context.Smoke ? 1 : 5), context.Deadline);
        var after = target.Nodes[0].ResidentBytes;
        var withinLatency = loud.LastRecipientP99Ms <= 2 * quiet.LastRecipientP99Ms;
        var backToBaseline = after <= baseline * 1.2;
        var honestOk = loud.Incomplete == 0 && loud.Duplicates == 0;
        FaultScenarios.Table(context).Row(
            new { id = "A1", frames = outcome.Sent, outcome.Closed, outcome.Refused, outcome.Unanswered, outcome.Connections, outcome.Held, outcome.ConnectRefused, attackSeconds, quiet, loud, baseline, peak, after },
            "A1", $"{outcome.Sent:N0} malformed, oversized or unknown-method frames from {attackers} raw WebSocket clients", $"{members} honest phones and a board, {FanOutScenario.Rate} notes/s",
            "attackers closed or refused; honest p99 within 2× of quiet; memory bounded and back to baseline",
            $"{outcome.Closed} frames answered by closing the connection, {outcome.Refused} refused with an error, {outcome.Unanswered} unanswered within 500 ms, over {attackSeconds:F0} s ({outcome.Connections:N0} connections, {outcome.Held:N0} of them held back ≥ 0.5 s, {outcome.ConnectRefused} refused with 429); honest last-recipient p99 {loud.LastRecipientP99Ms} ms (quiet {quiet.LastRecipientP99Ms} ms), {loud.Incomplete} lost; RSS {baseline / 1048576.0:F0} → peak {peak / 1048576.0:F0} → {after / 1048576.0:F0} MB",
            withinLatency && backToBaseline && honestOk && outcome.Unanswered == 0 ? "met" : "missed");
        context.Log($"A1: honest p99 {quiet.LastRecipientP99Ms} → {loud.LastRecipientP99Ms} ms; closed {outcome.Closed}, refused {outcome.Refused}; RSS {baseline / 1048576} → {peak / 1048576} → {after / 1048576} MB");
    }

    private static async Task<DeliveryFigures> HonestAsync(BenchContext context, ProductTarget target, int members, TimeSpan duration, Func<Task>? attack)
    {
        var ledger = new Ledger((int)(FanOutScenario.Rate * duration.TotalSeconds) + 1, members + 1);
        await using var room = await target.OpenRoomAsync(new RoomOptions("messagepack", members, ledger.NewRecipient), context.Deadline);
        var attacking = attack?.Invoke() ?? Task.CompletedTask;
        var figures = await Delivery.MeasureAsync(target, [room], ledger, FanOutScenario.Rate, duration);
        await attacking;
        return figures;
    }

    // One raw client: sends its share of bad frames one at a time, each waiting for the server's answer (an error
    // completion, or the connection closed on it), and connects again after each close.
    private static async Task AttackAsync(ProductTarget target, string token, int frames, int seed, FloodOutcome outcome, CancellationToken cancellationToken)
    {
        var uri = new Uri($"ws://{target.Nodes[0].Address.Authority}/hubs/workshop?access_token={Uri.EscapeDataString(token)}");
        var from = IPAddress.Parse($"127.0.{1 + seed / 200}.{10 + seed % 200}");
        var sent = 0;
        while (sent < frames && !cancellationToken.IsCancellationRequested)
        {
            await using var socket = new BenchSocket();
            using var answered = new SemaphoreSlim(0);
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var connecting = Stopwatch.GetTimestamp();
            try
            {
                await socket.ConnectFromAsync(uri, from, cancellationToken);
            }
            catch (WebSocketException)
            {
                // Refused before the upgrade (429 when too many of this caller's connections wait): try again later.
                outcome.AddConnectRefused();
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            outcome.AddConnection(Stopwatch.GetElapsedTime(connecting) >= TimeSpan.FromMilliseconds(500));
            try
            {
                await socket.SendAsync(HandshakeRequest.For("json"), WebSocketMessageType.Text, cancellationToken);
                await socket.ReceiveOneAsync(cancellationToken);
                socket.StartReceiving(data => CountErrors(data.Span, answered), _ => closed.TrySetResult());
                while (sent < frames)
                {
                    var frame = Frames[(seed + sent) % Frames.Length];
                    sent++;
                    outcome.AddSent();
                    await socket.SendAsync(frame, WebSocketMessageType.Text, cancellationToken);
                    var refused = answered.WaitAsync(TimeSpan.FromMilliseconds(500), cancellationToken);
                    if (await Task.WhenAny(refused, closed.Task) == closed.Task)
                    {
                        outcome.AddClosed();
                        break;
                    }

                    if (await refused)
                    {
                        outcome.AddRefused();
                    }
                    else
                    {
                        outcome.AddUnanswered();
                    }
                }
            }
            catch (Exception e) when (e is WebSocketException or InvalidOperationException)
            {
                // The server closed while this frame was going out.
                outcome.AddClosed();
            }
        }
    }

    private static int CountErrors(ReadOnlySpan<byte> data, SemaphoreSlim answered)
    {
        var rest = data;
        while (rest.IndexOf("\"error\""u8) is var at and >= 0)
        {
            answered.Release();
            rest = rest[(at + 7)..];
        }

        return data.Length;
    }

    private sealed class FloodOutcome
    {
        private int _sent;
        private int _closed;
        private int _refused;
        private int _unanswered;
        private int _connections;
        private int _held;
        private int _connectRefused;

        public int Sent => Volatile.Read(ref _sent);

        /// <summary>Frames after which the server closed the connection.</summary>
        public int Closed => Volatile.Read(ref _closed);

        /// <summary>Frames answered with an error completion, the connection kept.</summary>
        public int Refused => Volatile.Read(ref _refused);

        /// <summary>Frames with neither within 500 ms.</summary>
        public int Unanswered => Volatile.Read(ref _unanswered);

        /// <summary>Connections the attackers got.</summary>
        public int Connections => Volatile.Read(ref _connections);

        /// <summary>Connections the server let through only after holding them back.</summary>
        public int Held => Volatile.Read(ref _held);

        /// <summary>Connections refused before the upgrade.</summary>
        public int ConnectRefused => Volatile.Read(ref _connectRefused);

        public void AddConnection(bool held)
        {
            Interlocked.Increment(ref _connections);
            if (held)
            {
                Interlocked.Increment(ref _held);
            }
        }

        public void AddConnectRefused() => Interlocked.Increment(ref _connectRefused);

        public void AddSent() => Interlocked.Increment(ref _sent);

        public void AddClosed() => Interlocked.Increment(ref _closed);

        public void AddRefused() => Interlocked.Increment(ref _refused);

        public void AddUnanswered() => Interlocked.Increment(ref _unanswered);
    }
}
