using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>Sync answers a consistent picture while others keep writing.</summary>
public sealed class SyncConsistencyTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Fact]
    public async Task ASyncDuringConcurrentWritesAnswersTheMissingEventsInOrderUpToItsVersion()
    {
        var session = await _sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var writers = new List<LiveClient>();
        for (var w = 0; w < 4; w++)
        {
            writers.Add(await LiveClient.ConnectAsync(app.Server, (await _sessions.JoinAsync(session.JoinCode, $"Plume {w}")).Token, Protocol.Json));
        }

        await using var reader = await LiveClient.ConnectAsync(app.Server, (await _sessions.JoinAsync(session.JoinCode, "Lectrice")).Token, Protocol.MessagePack);
        await reader.SyncAsync(0);
        try
        {
            var writing = Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
            {
                for (var i = 0; i < 12; i++)
                {
                    await writer.InvokeAsync("AddNote", $"n-{w}-{i}", "w-acceleration", "question", $"Question {w}.{i}", null);
                }
            })));

            var answers = 0;
            while (!writing.IsCompleted)
            {
                var lastSeq = Math.Max(1, reader.LastSeq - 3);
                var sync = await reader.SyncAsync(lastSeq);
                answers++;

                // A few events behind is never worth a snapshot, and the events run gapless from lastSeq + 1 to Version.
                Assert.Null(sync.Snapshot);
                var seqs = sync.Events!.Select(e => e.Seq).ToList();
                Assert.Equal(Enumerable.Range(0, seqs.Count).Select(i => lastSeq + 1 + i), seqs);
                Assert.Equal(seqs.Count == 0 ? lastSeq : seqs[^1], sync.Version);
            }

            await writing.DefaultTimeout();
            Assert.True(answers > 0);
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync();
            }
        }
    }
}
