using System.Diagnostics;
using HdrHistogram;
using StartupTerritoire.LiveBench.Clients;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>
/// The benchmark's bookkeeping of one run: when each message was due (open-loop schedule) and who sent it, how many
/// recipients got it, the latency of every delivery and of the last recipient of each message, and, per recipient,
/// whether one sender's messages came in the order they were sent. Latency counts from the time a message was due,
/// not when it went out, so a generator that falls behind shows it instead of hiding it.
/// </summary>
public sealed class Ledger
{
    /// <summary>Every benchmark message id is this prefix and ten digits; recipients find them in raw frames.</summary>
    public const string MarkerPrefix = "bnch";

    private const long MaxMicros = 60_000_000;

    private readonly long[] _due;
    private readonly int[] _sender;
    private readonly int[] _received;
    private readonly int _expected;
    private int _duplicates;
    private int _reordered;

    /// <param name="messages">How many messages the run may send.</param>
    /// <param name="recipientsPerMessage">How many connections should receive each one.</param>
    /// <param name="firstIndex">The first message's index: runs that share connections use disjoint ranges, so a
    /// late delivery of an earlier run is never booked in a later one.</param>
    public Ledger(int messages, int recipientsPerMessage, int firstIndex = 0)
    {
        FirstIndex = firstIndex;
        _due = new long[messages];
        _sender = new int[messages];
        _received = new int[messages];
        _expected = recipientsPerMessage;
    }

    /// <summary>Microseconds from due to each recipient's receipt.</summary>
    public LongConcurrentHistogram PerRecipient { get; } = new(1, MaxMicros, 3);

    /// <summary>Microseconds from due to the last recipient's receipt, one value per fully delivered message.</summary>
    public LongConcurrentHistogram LastRecipient { get; } = new(1, MaxMicros, 3);

    public int Messages => _due.Length;

    public int FirstIndex { get; }

    /// <summary>The id of this run's message number <paramref name="i"/>.</summary>
    public string IdFor(int i) => IdOf(FirstIndex + i);

    /// <summary>Deliveries beyond one per recipient (counted once every recipient has the message).</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Deliveries that came before an earlier message of the same sender, at the same recipient.</summary>
    public int Reordered => Volatile.Read(ref _reordered);

    public long Deliveries => _received.Sum(r => (long)r);

    private static ReadOnlySpan<byte> Marker => "bnch"u8;

    private static string IdOf(int index) => MarkerPrefix + index.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public void Due(int index, long timestamp, int sender)
    {
        _sender[index] = sender;
        Volatile.Write(ref _due[index], timestamp);
    }

    /// <summary>A handler for one recipient connection (its receive loop is its only caller, so its book needs no lock).</summary>
    public BroadcastHandler NewRecipient()
    {
        var lastBySender = new Dictionary<int, int>();
        return raw => OnFrame(raw, lastBySender);
    }

    /// <summary>
    /// For rooms that outlive one run: each recipient's handler books into whichever ledger <paramref name="current"/>
    /// gives at the time, with a fresh order book per ledger.
    /// </summary>
    public static Func<BroadcastHandler> Switching(Func<Ledger?> current) => () =>
    {
        Ledger? seen = null;
        var lastBySender = new Dictionary<int, int>();
        return raw =>
        {
            if (current() is not { } ledger)
            {
                return;
            }

            if (!ReferenceEquals(ledger, seen))
            {
                seen = ledger;
                lastBySender = [];
            }

            ledger.OnFrame(raw, lastBySender);
        };
    };

    /// <summary>
    /// Books a receipt another process timed (the official JavaScript client): its timestamp must come from the same
    /// monotonic clock as <see cref="Stopwatch"/>'s, which on Linux both read. Order is not checked for these.
    /// </summary>
    public void BookReceipt(string id, long timestamp)
    {
        if (id.StartsWith(MarkerPrefix, StringComparison.Ordinal) && TryParse(System.Text.Encoding.ASCII.GetBytes(id[MarkerPrefix.Length..]), out var index)
            && index - FirstIndex is var i && i >= 0 && i < _due.Length)
        {
            Book(i, timestamp, null);
        }
    }

    /// <summary>Messages that did not reach every recipient.</summary>
    public int Incomplete(int sent) => _received.Take(sent).Count(r => r < _expected);

    /// <summary>Which messages did not reach everyone, and how many they reached: "#12 (133 of 201)".</summary>
    public string IncompleteSummary(int sent) =>
        string.Join(", ", _received.Take(sent).Select((r, i) => (r, i)).Where(x => x.r < _expected).Take(10).Select(x => $"#{x.i} ({x.r} of {_expected})"));

    private void OnFrame(ReadOnlySpan<byte> raw, Dictionary<int, int> lastBySender)
    {
        var now = Stopwatch.GetTimestamp();
        var rest = raw;
        while (true)
        {
            var at = rest.IndexOf(Marker);
            if (at < 0 || at + Marker.Length + 10 > rest.Length)
            {
                return;
            }

            var digits = rest.Slice(at + Marker.Length, 10);
            rest = rest[(at + Marker.Length + 10)..];
            if (TryParse(digits, out var index) && index - FirstIndex is var i && i >= 0 && i < _due.Length)
            {
                Book(i, now, lastBySender);
            }
        }
    }

    private void Book(int index, long now, Dictionary<int, int>? lastBySender)
    {
        var due = Volatile.Read(ref _due[index]);
        var micros = due == 0 ? 1 : Math.Clamp((long)((now - due) * 1_000_000.0 / Stopwatch.Frequency), 1, MaxMicros);
        PerRecipient.RecordValue(micros);
        var count = Interlocked.Increment(ref _received[index]);
        if (count == _expected)
        {
            LastRecipient.RecordValue(micros);
        }
        else if (count > _expected)
        {
            Interlocked.Increment(ref _duplicates);
        }

        if (lastBySender is null)
        {
            return;
        }

        var sender = _sender[index];
        if (lastBySender.TryGetValue(sender, out var last) && index < last)
        {
            Interlocked.Increment(ref _reordered);
        }
        else
        {
            lastBySender[sender] = index;
        }
    }

    private static bool TryParse(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            if (d is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (d - '0');
        }

        return true;
    }
}
