using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// docs/protocol.md is the contract an outside client is written from: a whole evening is played over the hub, and
/// every event of every type, the snapshots, the suggestions and the messages around them, as each protocol decodes
/// them without the server's types, carry exactly the keys the document lists, recursively.
/// </summary>
public sealed class WireShapeTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task EveryMessageOfAWholeSessionCarriesExactlyTheKeysTheProtocolDocumentLists(string protocol)
    {
        var doc = ProtocolDoc.Load();
        var session = await _sessions.CreateAsync(CreateRequest());
        var tableId = Wire.Text(Wire.List(await _sessions.SnapshotAsync(session), "tables")[0], "id")!;
        var board = await _sessions.BoardLinkAsync(session);
        await using var animatorView = await UntypedHubClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);
        await using var publicView = await UntypedHubClient.ConnectAsync(app.Server, board.Token, protocol);
        await using var staff = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);

        // Opened once both views listen, so they receive SessionOpened.
        await staff.InvokeAsync("OpenSession");
        var mireille = await _sessions.JoinAsync(session.JoinCode, "Mireille", tableId);
        await using var phone = await LiveClient.ConnectAsync(app.Server, mireille.Token, protocol);
        await _sessions.CoAnimatorLinkAsync(session, tableId);
        var jean = await _sessions.JoinAsync(session.JoinCode, "Jean");
        await using var jeanPhone = await LiveClient.ConnectAsync(app.Server, jean.Token, protocol);
        await PlayAsync(staff, phone, jeanPhone, jean.ParticipantId, tableId);

        // Suggestions go to staff only; wait for them while the clustering round runs.
        await staff.InvokeAsync("StartRound", "w-emergence", "regroupement");
        await staff.InvokeAsync("RequestSuggestions", "w-emergence", "medium");
        await animatorView.WaitForAsync(nameof(IWorkshopClient.Suggestions), batch => Wire.List(batch, "groups").Count > 0);
        // A first group sorts the remaining notes into it.
        await staff.InvokeAsync("CreateCluster", "w-emergence", "c-first", "Covoiturage", new[] { "n-car-1" });
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await animatorView.WaitForAsync(nameof(IWorkshopClient.Suggestions), batch => Wire.List(batch, "placements").Count > 0);
        await staff.InvokeAsync("DeleteCluster", "c-first");
        await ClusterVoteAndSignUpAsync(staff, phone, jeanPhone);

        // The piste becomes a working group: the soirée records it (PisteGroupStarted, the piste's groupId).
        using (var group = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.SessionId}/groups") { Content = JsonContent.Create(new { pisteId = "p-car" }) })
        {
            group.Headers.Authorization = new("Bearer", session.AnimatorToken);
            Assert.Equal(System.Net.HttpStatusCode.Created, (await _sessions.Http.SendAsync(group).DefaultTimeout()).StatusCode);
        }

        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, view) in new[] { ("animator", animatorView), ("board", publicView) })
        {
            var sync = await view.InvokeAsync("Sync", 0L);
            doc.Records["SyncResult"].Check(sync, $"{name} Sync(0)", problems, seen);
            doc.Snapshot.Check(Wire.Get(sync, "snapshot"), $"{name} snapshot", problems, seen);
        }

        var last = await staff.InvokeAsync("CloseSession");
        await animatorView.WaitForSeqAsync(last);
        await publicView.WaitForSeqAsync(last);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, view) in new[] { ("animator", animatorView), ("board", publicView) })
        {
            foreach (var batch in view.Received(nameof(IWorkshopClient.Events)))
            {
                doc.Records["EventBatch"].Check(batch, $"{name} batch", problems, seen);
                foreach (var e in Wire.List(batch, "events"))
                {
                    var type = Wire.Text(e, "type")!;
                    types.Add(type);
                    if (doc.Events.TryGetValue(type, out var shape))
                    {
                        shape.Check(Wire.Get(e, "data"), $"{name} {type} (seq {Wire.Number(e, "seq")})", problems, seen);
                    }
                    else
                    {
                        problems.Add($"{name}: event type {type} is not in the document");
                    }
                }
            }
        }

        foreach (var batch in animatorView.Received(nameof(IWorkshopClient.Suggestions)))
        {
            doc.Records["SuggestionBatch"].Check(batch, "suggestions", problems, seen);
        }

        Assert.Empty(publicView.Received(nameof(IWorkshopClient.Suggestions)));

        // SessionCreated is always seq 1, which a client never receives as an event (Sync(0) answers a snapshot);
        // its data goes through the same conversion as every event's.
        var store = app.Services.GetRequiredService<ISessionStore>();
        var created = (await store.ReadEventsAsync(session.SessionId, 0, 1).DefaultTimeout()).Single();
        doc.Events[nameof(SessionCreated)].Check(WirePayload.From(created.Event), nameof(SessionCreated), problems, seen);
        types.Add(nameof(SessionCreated));

        Assert.True(problems.Count == 0, $"The wire and docs/protocol.md disagree:\n{string.Join('\n', problems.Distinct())}");

        // Every event type the server declares is documented and was sent, and every documented object was met with a
        // value: nothing above passed for want of data.
        // The hub carries a soirée's events; a working group's are read over HTTP (§4.17).
        Assert.Equal(SessionJson.EventTypes.Where(t => t.Value.IsSubclassOf(typeof(SessionEvent))).Select(t => t.Key).Order(StringComparer.Ordinal), doc.Events.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(doc.Events.Keys.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
        Assert.Equal(doc.Records.Keys.Order(StringComparer.Ordinal), seen.Where(doc.Records.ContainsKey).Order(StringComparer.Ordinal));
    }

    private static object CreateRequest() => new
    {
        title = "Soirée créative du Val de Ligne",
        language = "fr",
        workshops = new object[]
        {
            new { id = "w-emergence", format = "emergence", title = "Se déplacer sans voiture", challenge = "Comment se déplacer sans voiture dans nos villages ?", theme = "Mobilité" },
            new { id = "w-acceleration", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie qui passe de ferme en ferme.", needs = "Un local, des bocaux" },
            new { id = "w-essaimage", format = "essaimage", title = "Recyclerie de Die", name = "La Recyclerie", originTerritory = "Diois", description = "Une recyclerie associative.", successFactors = new[] { "Des bénévoles" } },
        },
        tables = new object[] { new { name = "Table des mobilités", workshop = 0 } },
    };

    // The run-of-show, tables, people, rounds and notes: every command of the setup and the writing rounds.
    private static async Task PlayAsync(LiveClient staff, LiveClient phone, LiveClient jeanPhone, string jeanId, string tableId)
    {
        await staff.InvokeAsync("UpdateSettings", "Soirée créative du Val de Ligne 2026", "fr", false);
        await staff.InvokeAsync("LockJoining", true);
        await staff.InvokeAsync("LockJoining", false);
        await staff.InvokeAsync("SetBoardFocus", "w-emergence");
        await staff.InvokeAsync("SetCurrentWorkshop", "w-acceleration");
        await staff.InvokeAsync("AddWorkshop", new WorkshopSpec { Id = "w-extra", Format = "emergence", Title = "En plus", Challenge = "Et encore ?" }, null);
        await staff.InvokeAsync("UpdateWorkshop", "w-extra", new WorkshopSpec { Title = "En plus, encore", Challenge = "Et encore ?" });
        await staff.InvokeAsync("MoveWorkshop", "w-extra", 0);
        await staff.InvokeAsync("RemoveWorkshop", "w-extra");
        await staff.InvokeAsync("AddTable", "t-extra", "Table éphémère", null);
        await staff.InvokeAsync("UpdateTable", "t-extra", "Table éphémère, renommée", "w-essaimage");
        await staff.InvokeAsync("RemoveTable", "t-extra");
        await jeanPhone.InvokeAsync("Rename", null, "Jean-Pierre");
        await jeanPhone.InvokeAsync("ChooseTable", null, tableId);
        await staff.InvokeAsync("AssignHolder", "w-acceleration", jeanId);

        var extraRound = new RoundSpec { Name = "Tour de table", DurationSeconds = 120, Columns = [new ColumnSpec { Key = "mot", Label = "Un mot" }], VoteBudget = 2 };
        await staff.InvokeAsync("AddRound", "w-emergence", "r-extra", extraRound, null);
        await staff.InvokeAsync("UpdateRound", "w-emergence", "r-extra", new RoundSpec { Name = "Tour de table", DurationSeconds = 180, Rating = true });
        await staff.InvokeAsync("MoveRound", "w-emergence", "r-extra", 1);
        await staff.InvokeAsync("RemoveRound", "w-emergence", "r-extra");

        await staff.InvokeAsync("StartRound", "w-emergence", "ideation");
        foreach (var (id, text) in TwoIdeas.Notes)
        {
            await phone.InvokeAsync("AddNote", id, "w-emergence", "idee", text, null);
        }

        await phone.InvokeAsync("AddNote", "n-gone", "w-emergence", "idee", "Une idée retirée", "rose");
        await phone.InvokeAsync("EditNote", "n-car-1", "Organiser du covoiturage entre voisins pour aller au travail le matin");
        await phone.InvokeAsync("RecolourNote", "n-car-1", "vert");
        await phone.InvokeAsync("DeleteNote", "n-gone");
        await staff.InvokeAsync("PauseRound", "w-emergence", "ideation");
        await staff.InvokeAsync("ResumeRound", "w-emergence", "ideation");
        await staff.InvokeAsync("ExtendRound", "x-1", "w-emergence", "ideation", 60);

        await staff.InvokeAsync("StartRound", "w-acceleration", "enrichissement");
        await jeanPhone.InvokeAsync("AddNote", "n-local", "w-acceleration", "idees", "La salle des fêtes a une cuisine", null);
        await jeanPhone.InvokeAsync("MoveNote", "n-local", "ressources");
        await staff.InvokeAsync("SkipRound", "w-acceleration", "tri");
    }

    private static async Task ClusterVoteAndSignUpAsync(LiveClient staff, LiveClient phone, LiveClient jeanPhone)
    {
        await staff.InvokeAsync("CreateCluster", "w-emergence", "c-car", "Covoiturage", new[] { "n-car-1" });
        await staff.InvokeAsync("RenameCluster", "c-car", "Covoiturage entre voisins");
        await staff.InvokeAsync("CreateCluster", "w-emergence", "c-car-2", null, new[] { "n-car-2" });
        await staff.InvokeAsync("MergeClusters", "c-car", new[] { "c-car-2" });
        await staff.InvokeAsync("PlaceNotes", new[] { "n-car-3" }, "c-car");
        await staff.InvokeAsync("SplitCluster", "c-car", "c-gare", "Vers la gare", new[] { "n-car-3" });
        await staff.InvokeAsync("DeleteCluster", "c-gare");
        await staff.InvokeAsync("AcceptSuggestion", "w-emergence", new[] { new GroupSpec { ClusterId = "c-sun", Title = "Panneaux solaires", NoteIds = ["n-sun-1", "n-sun-2", "n-sun-3"] } });

        await staff.InvokeAsync("StartRound", "w-emergence", "vote");
        await phone.InvokeAsync("CastVote", "v-1", "w-emergence", "c-car");
        await phone.InvokeAsync("CastVote", "v-2", "w-emergence", "c-sun");
        await phone.InvokeAsync("WithdrawVote", "v-3", "w-emergence", "c-sun");
        await staff.InvokeAsync("Star", "w-emergence", "c-car", true);

        await staff.InvokeAsync("StartRound", "w-emergence", "pistes");
        await staff.InvokeAsync("PromoteToPiste", "w-emergence", "p-car", "c-car", null);
        await phone.InvokeAsync("SignUp", "p-car", true, "Mireille Roux", "mireille@example.org", "06 12 34 56 78");
        await jeanPhone.InvokeAsync("SignUp", "p-car", false, null, null, null);
        await jeanPhone.InvokeAsync("WithdrawSignUp", "p-car");

        await staff.InvokeAsync("StartRound", "w-essaimage", "faisabilite");
        await phone.InvokeAsync("Rate", "w-essaimage", 4);
    }
}
