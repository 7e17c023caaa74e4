using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// A snapshot's wire shape is built item by item, sharing converted participants and notes between phones: it must
/// be exactly what converting the whole snapshot at once gives, for every audience, and after the items changed.
/// </summary>
public sealed class WirePayloadTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    [Fact]
    public async Task ASnapshotsSharedItemsGiveTheSameWireShapeAsTheWholeSnapshotConverted()
    {
        var sessions = new SessionClient(app.CreateClient());
        var session = await sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        var joined = await sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, Protocol.MessagePack);
        await phone.InvokeAsync("AddNote", "n-1", "w-acceleration", "question", "Une navette le mardi", null);
        await animator.InvokeAsync("AddNote", "n-2", "w-acceleration", "question", "Un café associatif", null);

        var store = app.Services.GetRequiredService<ISessionStore>();
        var state = Session.FromEvents(await store.ReadEventsAsync(session.SessionId, 0, 1000).DefaultTimeout());
        foreach (var viewer in new[] { Viewer.Animator, Viewer.Public, Viewer.Of(new Actor(Role.Participant, joined.ParticipantId, null)) })
        {
            AssertSameShape(state.ViewFor(viewer));
        }

        // Changed items are converted anew, not served from what was shared before.
        await animator.InvokeAsync("EditNote", "n-2", "Un café associatif le samedi");
        var changed = Session.FromEvents(await store.ReadEventsAsync(session.SessionId, 0, 1000).DefaultTimeout());
        AssertSameShape(changed.ViewFor(Viewer.Public));
        Assert.Contains("le samedi", JsonSerializer.Serialize(WirePayload.From(changed.ViewFor(Viewer.Public))), StringComparison.Ordinal);
    }

    private static void AssertSameShape(SessionSnapshot snapshot)
    {
        var whole = JsonSerializer.Serialize(JsonSerializer.SerializeToElement(snapshot, SessionJson.Options));
        Assert.Equal(whole, JsonSerializer.Serialize(WirePayload.From(snapshot)));
        Assert.Equal(whole, JsonSerializer.Serialize(WirePayload.From(snapshot)));
    }
}
