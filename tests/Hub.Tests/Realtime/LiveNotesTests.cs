using Microsoft.AspNetCore.SignalR.Client;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Realtime;

public sealed class LiveNotesTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly WorkshopApplication _app = app;
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task AcknowledgedNoteCarriesItsSequenceAndReachesEveryAudience(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        var board = await _sessions.BoardLinkAsync(session);
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await using var phone = await LiveClient.ConnectAsync(_app.Server, joined.Token, protocol);
        await using var screen = await LiveClient.ConnectAsync(_app.Server, board.Token, protocol);
        foreach (var client in new[] { animator, phone, screen })
        {
            await client.SyncAsync(0);
        }

        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var seq = await phone.InvokeAsync("AddNote", "n-1", "w-acceleration", "question", "  Où trouver le local ?  ", null);

        foreach (var client in new[] { animator, phone, screen })
        {
            var e = await client.WaitForSeqAsync(seq);
            Assert.Equal("NoteAdded", e.Type);
            Assert.Equal("Où trouver le local ?", Wire.Text(e.Data, "text"));
            Assert.Equal(joined.ParticipantId, Wire.Text(e.Data, "authorId"));
        }
    }

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task HiddenNoteTextReachesOnlyStaffUntilRevealed(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var author = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        var other = await _sessions.JoinAsync(session.JoinCode, "Paul");
        var board = await _sessions.BoardLinkAsync(session);
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await using var writer = await LiveClient.ConnectAsync(_app.Server, author.Token, protocol);
        await using var neighbour = await LiveClient.ConnectAsync(_app.Server, other.Token, protocol);
        await using var screen = await LiveClient.ConnectAsync(_app.Server, board.Token, protocol);
        foreach (var client in new[] { animator, writer, neighbour, screen })
        {
            await client.SyncAsync(0);
        }

        await animator.InvokeAsync("StartRound", "w-emergence", "ideation");
        var seq = await writer.InvokeAsync("AddNote", "n-secret", "w-emergence", "idee", "Un bus à la demande", "vert");

        Assert.Equal("Un bus à la demande", Wire.Text((await animator.WaitForSeqAsync(seq)).Data, "text"));
        Assert.Null(Wire.Text((await neighbour.WaitForSeqAsync(seq)).Data, "text"));
        Assert.Null(Wire.Text((await screen.WaitForSeqAsync(seq)).Data, "text"));
        Assert.Equal("true", Wire.Text((await screen.WaitForSeqAsync(seq)).Data, "hidden")?.ToLowerInvariant());

        // The author's own resync shows their text; the neighbour's does not.
        var authorSync = await writer.SyncAsync(seq - 1);
        Assert.Equal("Un bus à la demande", Wire.Text(Assert.Single(authorSync.Events!).Data, "text"));
        var neighbourSync = await neighbour.SyncAsync(seq - 1);
        Assert.Null(Wire.Text(Assert.Single(neighbourSync.Events!).Data, "text"));

        var revealSeq = await animator.InvokeAsync("StartRound", "w-emergence", "regroupement");
        await screen.WaitForSeqAsync(revealSeq);
        var revealed = Assert.Single(Wire.List(screen.Applied.Single(e => e.Type == "NotesRevealed").Data, "notes"));
        Assert.Equal("n-secret", Wire.Text(revealed, "noteId"));
        Assert.Equal("Un bus à la demande", Wire.Text(revealed, "text"));
        var screenSync = await screen.SyncAsync(seq - 1);
        Assert.Equal("Un bus à la demande", Wire.Text(screenSync.Events![0].Data, "text"));
    }

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task SameNoteIdTwiceIsStoredOnceAndAnsweredWithTheFirstSequence(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await using var phone = await LiveClient.ConnectAsync(_app.Server, joined.Token, protocol);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");

        var first = await phone.InvokeAsync("AddNote", "n-retry", "w-acceleration", "question", "Quel budget ?", null);
        var again = await phone.InvokeAsync("AddNote", "n-retry", "w-acceleration", "question", "Quel budget ?", null);
        var version = (await phone.SyncAsync(0)).Version;

        Assert.Equal(first, again);
        Assert.Equal(first, version);
    }

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task RefusedCommandGetsATypedErrorAndTheConnectionStaysUp(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await using var phone = await LiveClient.ConnectAsync(_app.Server, joined.Token, protocol);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var before = (await phone.SyncAsync(0)).Version;

        Assert.Equal("note.too_long", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("AddNote", "n-long", "w-acceleration", "question", new string('a', 501), null)));
        Assert.Equal("note.column_not_allowed", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("AddNote", "n-col", "w-acceleration", "idees", "Une idée", null)));
        Assert.Equal("auth.forbidden", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("StartRound", "w-acceleration", "pitch")));
        Assert.Equal("input.invalid", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("AddNote", "bad id!", "w-acceleration", "question", "x", null)));
        Assert.Equal("note.empty", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("AddNote", "n-empty", "w-acceleration", "question", " \t ", null)));
        Assert.Equal(HubConnectionState.Connected, phone.Connection.State);
        Assert.Equal(before, (await phone.SyncAsync(0)).Version);
    }
}
