using System.Diagnostics;
using StartupTerritoire.LiveBench.Targets;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>
/// Posts on a fixed schedule whatever the server does (open loop), each message due at start + i / rate, dealt to the
/// rooms and their members in turn, then waits for the last deliveries.
/// </summary>
public static class OpenLoop
{
    /// <summary>A note of ordinary length for the evening: the same text for every server.</summary>
    public const string Text = "Une navette partagée entre les villages le jour du marché, avec un covoiturage organisé pour les anciens.";

    public static async Task<int> RunAsync(IReadOnlyList<IRoom> rooms, Ledger ledger, double ratePerSecond, TimeSpan duration, TimeSpan drain)
    {
        var count = Math.Min(ledger.Messages, (int)Math.Round(ratePerSecond * duration.TotalSeconds));
        var start = Stopwatch.GetTimestamp();
        var ticksPerMessage = Stopwatch.Frequency / ratePerSecond;
        var sends = new List<Task>(count);
        var posters = new int[rooms.Count];
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * ticksPerMessage);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var roomIndex = i % rooms.Count;
            var room = rooms[roomIndex];
            var posterCount = Math.Max(1, room.Clients.Count - 1); // the board (last) never posts
            var member = posters[roomIndex]++ % posterCount;
            ledger.Due(i, due, (roomIndex * 100_000) + member);
            sends.Add(room.PostAsync(member, ledger.IdFor(i), Text));
        }

        await Task.WhenAll(sends);
        var waited = Stopwatch.StartNew();
        while (ledger.Incomplete(count) > 0 && waited.Elapsed < drain)
        {
            await Task.Delay(20);
        }

        return count;
    }
}
