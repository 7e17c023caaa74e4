using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Sessions;

/// <summary>
/// On the SQLite store a node queues a session's appends one behind the other. When one of them fails, every one
/// queued behind it was decided on events that were never stored: they must all be decided again on the stored
/// state, and nothing acknowledged may be missing, doubled or out of sequence.
/// </summary>
public sealed class PipelinedCommandTests(FailingAppendApplication app) : IClassFixture<FailingAppendApplication>
{
    private const int Phones = 12;
    private const int NotesEach = 6;

    [Fact]
    public async Task AFailedAppendAmongQueuedOnesLeavesEveryAcknowledgedNoteStoredOnceAndInSequence()
    {
        var sessions = new SessionClient(app.CreateClient());
        var session = await sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.MessagePack);
        var start = (await animator.SyncAsync(0)).Version;
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var phones = new List<LiveClient>();
        for (var p = 0; p < Phones; p++)
        {
            phones.Add(await LiveClient.ConnectAsync(app.Server, (await sessions.JoinAsync(session.JoinCode, $"Téléphone {p}")).Token, p % 2 == 0 ? Protocol.Json : Protocol.MessagePack));
        }

        try
        {
            var failedBefore = app.Store.Failed;
            app.Store.FailAfter(10);
            var acknowledged = await Task.WhenAll(phones.Select((phone, p) => Task.Run(async () =>
            {
                var seqs = new List<long>();
                for (var i = 0; i < NotesEach; i++)
                {
                    seqs.Add(await phone.InvokeAsync("AddNote", $"n-{p}-{i}", "w-acceleration", "question", $"Question {p}.{i}", null));
                }

                return seqs;
            })));

            Assert.Equal(failedBefore + 1, app.Store.Failed);
            Assert.True(app.Store.Conflicts > 0, "no append was queued behind the failed one");
            var seqs = acknowledged.SelectMany(s => s).ToList();
            Assert.Equal(seqs.Count, seqs.Distinct().Count());

            // The live stream ran through every sequence number once, up to the last acknowledged one (a command
            // completes once stored, so its events may still be on their way), and the stored soirée holds every
            // note once.
            await animator.WaitForSeqAsync(seqs.Max());
            var sync = await animator.SyncAsync(0);
            var notes = Wire.List(sync.Snapshot, "notes").Select(n => Wire.Text(n, "id")).ToList();
            var expected = Enumerable.Range(0, Phones).SelectMany(p => Enumerable.Range(0, NotesEach).Select(i => $"n-{p}-{i}"));
            Assert.Equal(expected.Order(), notes.Order());
            Assert.Equal(seqs.Max(), sync.Version);
            var applied = animator.Applied.Select(e => e.Seq).Where(s => s > start).ToList();
            Assert.Equal(Enumerable.Range((int)start + 1, (int)(sync.Version - start)).Select(s => (long)s), applied);
            var added = animator.Applied.Where(e => e.Type == "NoteAdded").Select(e => Wire.Text(e.Data, "noteId")).ToList();
            Assert.Equal(added.Count, added.Distinct().Count());
            Assert.Equal(Phones * NotesEach, added.Count(id => id!.StartsWith("n-", StringComparison.Ordinal)));
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }
}
