using System.Diagnostics;
using System.Text.Json;
using StartupTerritoire.LiveBench.Targets;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Faults;

/// <summary>
/// One fault run: a soirée on the product, phones joined and connected, notes posted on a schedule while a fault is
/// injected, then the outboxes drained and the stored soirée compared with what the phones were told.
/// </summary>
public sealed class FaultRun : IAsyncDisposable
{
    private readonly ProductTarget _target;
    private readonly List<Phone> _phones = [];
    private int _notes;

    private FaultRun(ProductTarget target, BenchSession session)
    {
        _target = target;
        BenchSession = session;
    }

    public BenchSession BenchSession { get; }

    public IReadOnlyList<Phone> Phones => _phones;

    public NodeSet Nodes => _target.NodeSet;

    // via: where phones connect instead of the nodes themselves (a proxy), if anywhere.
    public static async Task<FaultRun> StartAsync(ProductTarget target, int phones, CancellationToken cancellationToken, IReadOnlyList<Uri>? via = null)
    {
        var session = await target.OpenSessionWithNotesAsync(0, cancellationToken);
        var run = new FaultRun(target, session);
        var nodes = via ?? [.. target.Nodes.Select(n => n.Address)];
        var tokens = await Concurrently.RunAsync(phones, 8, i => target.JoinAsync(session.JoinCode, $"Téléphone {i}", cancellationToken), cancellationToken);
        for (var i = 0; i < phones; i++)
        {
            var phone = new Phone(tokens[i], nodes, i % nodes.Count, ProductTarget.WorkshopId, ProductTarget.Column);
            run._phones.Add(phone);
            phone.Start();
        }

        await run.WaitAsync(() => run._phones.All(p => p.Connected), TimeSpan.FromSeconds(60), "every phone connected");
        return run;
    }

    /// <summary>Each phone posts in turn at <paramref name="perSecond"/> notes a second for <paramref name="duration"/>.</summary>
    public async Task PostAsync(double perSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var count = (int)(perSecond * duration.TotalSeconds);
        var sends = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            var n = Interlocked.Increment(ref _notes);
            sends.Add(_phones[n % _phones.Count].PostAsync($"fault{n:D8}", $"Note {n} : une navette entre les hameaux le jour du marché."));
        }

        await Task.WhenAll(sends);
    }

    /// <summary>Waits until every phone is connected and its outbox empty.</summary>
    public Task SettleAsync(TimeSpan timeout) => WaitAsync(() => _phones.All(p => p.Connected && p.Pending == 0), timeout, "every outbox drained");

    /// <summary>What the store holds, read by the animator from a fresh connection: note ids and texts, participants.</summary>
    public async Task<StoredSession> ReadStoredAsync(CancellationToken cancellationToken)
    {
        await using var animator = await _target.ConnectAsync(0, BenchSession.AnimatorToken, new JsonHubCodec(), static _ => { }, cancellationToken);
        var answer = await animator.InvokeForCompletionAsync("Sync", TimeSpan.FromSeconds(30), 0L);
        using var document = JsonDocument.Parse(answer);
        var snapshot = document.RootElement.GetProperty("result").GetProperty("snapshot");
        var notes = snapshot.GetProperty("notes").EnumerateArray().Select(n => (Id: n.GetProperty("id").GetString()!, Text: n.GetProperty("text").GetString() ?? "")).ToList();
        return new StoredSession(notes, snapshot.GetProperty("participants").GetArrayLength());
    }

    public int OutOfOrder => _phones.Sum(p => p.OutOfOrder);

    /// <summary>Acknowledged notes missing from the store, and notes stored more than once (same text under two ids).</summary>
    public (int Lost, int Duplicated, int Acknowledged) Compare(StoredSession stored)
    {
        var ids = stored.Notes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var acknowledged = _phones.SelectMany(p => p.Acknowledged).ToList();
        var lost = acknowledged.Count(id => !ids.Contains(id));
        var duplicated = stored.Notes.GroupBy(n => n.Text, StringComparer.Ordinal).Sum(g => g.Count() - 1);
        return (lost, duplicated, acknowledged.Count);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var chunk in _phones.Chunk(100))
        {
            await Task.WhenAll(chunk.Select(p => p.DisposeAsync().AsTask()));
        }
    }

    private async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Not reached within {timeout.TotalSeconds} s: {what}.");
            }

            await Task.Delay(50);
        }
    }
}
