using Microsoft.AspNetCore.SignalR.Client;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// A hall arriving: phones and boards get the count of participants rather than their list, and the arrivals that
/// reach them in batches still come in order, every sequence number, with nothing to ask for again.
/// </summary>
public sealed class HallArrivalTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private const int Arrivals = 30;
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task APhonesSnapshotListsItselfTheBoardsNobodyAndTheStaffsEveryoneAllWithTheCount(string protocol)
    {
        var session = await _sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);
        await animator.InvokeAsync("AddTable", "t-1", "Table des Vans", "w-emergence");
        var jeanne = await _sessions.JoinAsync(session.JoinCode, "Jeanne", "t-1");
        var paul = await _sessions.JoinAsync(session.JoinCode, "Paul");
        var lucie = await _sessions.JoinAsync(session.JoinCode, "Lucie");
        await using var phone = await LiveClient.ConnectAsync(app.Server, jeanne.Token, protocol);
        await using var board = await LiveClient.ConnectAsync(app.Server, (await _sessions.BoardLinkAsync(session)).Token, protocol);
        await using var host = await LiveClient.ConnectAsync(app.Server, (await _sessions.CoAnimatorLinkAsync(session, "t-1")).Token, protocol);

        var mine = (await phone.SyncAsync(0)).Snapshot;
        var shown = (await board.SyncAsync(0)).Snapshot;
        var staff = (await host.SyncAsync(0)).Snapshot;
        var whole = (await animator.SyncAsync(0)).Snapshot;

        var me = Assert.Single(Wire.List(mine, "participants"));
        Assert.Equal((jeanne.ParticipantId, "Jeanne", "t-1"), (Wire.Text(me, "id"), Wire.Text(me, "nickname"), Wire.Text(me, "tableId")));
        Assert.Empty(Wire.List(shown, "participants"));
        string[] everyone = [jeanne.ParticipantId, paul.ParticipantId, lucie.ParticipantId];
        Assert.Equal(everyone, Wire.List(staff, "participants").Select(p => Wire.Text(p, "id")));
        Assert.Equal(everyone, Wire.List(whole, "participants").Select(p => Wire.Text(p, "id")));
        foreach (var snapshot in new[] { mine, shown, staff, whole })
        {
            Assert.Equal(3, Wire.Number(snapshot, "participantCount"));
        }
    }

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task PhonesAndBoardsGetEverySequenceNumberInOrderThroughABurstOfJoinsAndTheNoteAfter(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var first = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);
        await using var phone = await LiveClient.ConnectAsync(app.Server, first.Token, protocol);
        await using var board = await LiveClient.ConnectAsync(app.Server, (await _sessions.BoardLinkAsync(session)).Token, protocol);
        var batches = new List<EventBatch>();
        board.Connection.On<EventBatch>(nameof(IWorkshopClient.Events), batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }
        });
        await animator.SyncAsync(0);
        var phoneFrom = (await phone.SyncAsync(0)).Version;
        var boardSync = await board.SyncAsync(0);
        var counted = Wire.Number(boardSync.Snapshot, "participantCount");
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");

        var joined = await Task.WhenAll(Enumerable.Range(1, Arrivals).Select(i => _sessions.JoinAsync(session.JoinCode, $"Voisin {i}")));
        var noteSeq = await phone.InvokeAsync("AddNote", "n-apres", "w-acceleration", "question", "Qui vient d'arriver ?", null);

        // Waiting for the note is waiting for everything before it: these clients apply strictly in order, and
        // nothing here calls Sync again, so a gap would hold the note back until the timeout.
        foreach (var client in new[] { phone, board, animator })
        {
            Assert.Equal("NoteAdded", (await client.WaitForSeqAsync(noteSeq)).Type);
        }

        foreach (var (client, from) in new[] { (phone, phoneFrom), (board, boardSync.Version) })
        {
            var applied = client.Applied;
            Assert.Equal(Enumerable.Range((int)from + 1, (int)(noteSeq - from)).Select(s => (long)s), applied.Select(e => e.Seq));
            Assert.Equal(joined.Select(j => j.ParticipantId).Order(StringComparer.Ordinal),
                applied.Where(e => e.Type == "ParticipantJoined").Select(e => Wire.Text(e.Data, "participantId")).Order(StringComparer.Ordinal));
        }

        // The board's count (its snapshot's, plus the arrivals it applied) is the hall's.
        var hall = Wire.Number((await animator.SyncAsync(0)).Snapshot, "participantCount");
        Assert.Equal(Arrivals + 1, hall);
        Assert.Equal(hall, counted + board.Applied.Count(e => e.Type == "ParticipantJoined"));
        lock (batches)
        {
            // As sent, not as reordered by the client: the batches came in sequence order, every event once (an
            // arrival held back for the public audience may come after the snapshot that already counts it).
            Assert.Equal(board.Applied.Select(e => e.Seq), batches.SelectMany(b => b.Events).Select(e => e.Seq).Where(seq => seq > boardSync.Version));
        }
    }
}
