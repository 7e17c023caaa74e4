using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Groups;

/// <summary>
/// An evening's piste becomes a working group over HTTP: its origin quoted, its volunteers invited, two seats, members
/// joining by code, the canvas and its versions, and who may see and do what.
/// </summary>
public sealed class GroupApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    private GroupClient Groups => new(_sessions.Http);

    private HttpClient Http => _sessions.Http;

    [Fact]
    public async Task APisteBecomesAGroupWithItsOriginItsVolunteersInvitedAndTwoSeats()
    {
        var (session, _) = await EveningWithAPisteAsync();

        var created = await CreateGroupAsync(session);

        Assert.Equal("Covoiturage entre voisins", created.Name);
        Assert.Equal([1, 2], created.Seats.Select(s => s.Seat!.Value));
        Assert.Equal(["Jean", "Mireille", "Paul"], created.Invitations.Select(i => i.Label).Order(StringComparer.Ordinal));
        Assert.All(created.Seats.Concat(created.Invitations), l => Assert.StartsWith("<svg", l.QrSvg.TrimStart(), StringComparison.Ordinal));
        Assert.Contains($"/g/{created.JoinCode}", created.JoinUrl, StringComparison.Ordinal);

        var seat = await Groups.PageAsync(created.GroupId, GroupClient.Token(created.Seats[0]));
        Assert.Equal("coAnimator", seat.GetProperty("me").GetProperty("role").GetString());
        var origin = seat.GetProperty("group").GetProperty("origin");
        Assert.Equal(session.SessionId, origin.GetProperty("sessionId").GetString());
        var cluster = origin.GetProperty("clusters")[0];
        Assert.Equal(3, cluster.GetProperty("notes").GetArrayLength());
        Assert.Equal(2, cluster.GetProperty("votes").GetInt32());
        var invitations = seat.GetProperty("group").GetProperty("invitations").EnumerateArray().ToDictionary(i => i.GetProperty("nickname").GetString()!);
        Assert.Equal("mireille@example.org", invitations["Mireille"].GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, invitations["Paul"].GetProperty("contact").ValueKind);

        // The piste names its group, and a second click makes no second group.
        var piste = Wire.List(await _sessions.SnapshotAsync(session), "pistes").Single();
        Assert.Equal(created.GroupId, Wire.Text(piste, "groupId"));
        var again = await Groups.SendAsync(HttpMethod.Post, $"/api/sessions/{session.SessionId}/groups", session.AnimatorToken, new GroupFromPisteRequest("p-car"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task MembersJoinByCodeOrInvitationAndSeeNoContactsButTheirOwn()
    {
        var (session, _) = await EveningWithAPisteAsync();
        var created = await CreateGroupAsync(session);

        var info = await Http.GetFromJsonAsync<GroupJoinInfo>($"/api/groups/join/{created.JoinCode}").DefaultTimeout();
        Assert.Equal(created.GroupId, info!.GroupId);
        var bruno = await Groups.JoinAsync(created.JoinCode, "Bruno");
        var brunoPage = await Groups.PageAsync(created.GroupId, bruno.Token);
        Assert.Equal("member", brunoPage.GetProperty("me").GetProperty("role").GetString());
        Assert.Equal(0, brunoPage.GetProperty("group").GetProperty("invitations").GetArrayLength());

        var mireille = GroupClient.Token(created.Invitations.Single(i => i.Label == "Mireille"));
        Assert.Equal("invited", (await Groups.PageAsync(created.GroupId, mireille)).GetProperty("me").GetProperty("role").GetString());
        await Groups.OkAsync(HttpMethod.Post, $"/api/groups/{created.GroupId}/invitation", mireille, new AcceptInvitationRequest());

        var mine = (await Groups.PageAsync(created.GroupId, mireille)).GetProperty("group").GetProperty("members").EnumerateArray().Single(m => m.GetProperty("nickname").GetString() == "Mireille");
        Assert.Equal("mireille@example.org", mine.GetProperty("contact").GetProperty("email").GetString());
        var seen = (await Groups.PageAsync(created.GroupId, bruno.Token)).GetProperty("group").GetProperty("members").EnumerateArray().Single(m => m.GetProperty("nickname").GetString() == "Mireille");
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("contact").ValueKind);
        var bySeat = (await Groups.PageAsync(created.GroupId, GroupClient.Token(created.Seats[1]))).GetProperty("group").GetProperty("members").EnumerateArray().Single(m => m.GetProperty("nickname").GetString() == "Mireille");
        Assert.Equal("mireille@example.org", bySeat.GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public async Task TheCanvasTakesEntriesAtAnyTimeKeepsVersionsAndSaysWhatChangedSinceAVisit()
    {
        var (session, _) = await EveningWithAPisteAsync();
        var created = await CreateGroupAsync(session);
        var seat = GroupClient.Token(created.Seats[0]);
        var bruno = await Groups.JoinAsync(created.JoinCode, "Bruno");

        await Groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/canvas/i-1", bruno.Token, new CanvasItemRequest("proposition", "Aller travailler sans voiture, à plusieurs"));
        var visit = (await Groups.PageAsync(created.GroupId, bruno.Token)).GetProperty("group").GetProperty("version").GetInt64();
        await Groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/canvas/i-2", seat, new CanvasItemRequest("segments", "Les salariés des zones d'activité"));
        await Groups.OkAsync(HttpMethod.Post, $"/api/groups/{created.GroupId}/canvas/versions", seat, new CanvasVersionRequest(null));
        var retried = await Groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/canvas/i-2", seat, new CanvasItemRequest("segments", "Les salariés des zones d'activité"));

        var page = await Groups.PageAsync(created.GroupId, bruno.Token, since: visit);
        Assert.Equal(["added", "version"], page.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(page.GetProperty("group").GetProperty("version").GetInt64(), retried.Version);
        var version = await Groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/canvas/versions/1", bruno.Token, null);
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Equal(2, (await version.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await Groups.SendAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/canvas/i-3", bruno.Token, new CanvasItemRequest("ailleurs", "Texte"))).StatusCode);
    }

    [Fact]
    public async Task EachTokenOpensOnlyWhatItsHolderMayDo()
    {
        var (session, phone) = await EveningWithAPisteAsync();
        var created = await CreateGroupAsync(session);
        var other = await Groups.CreateAsync();
        var bruno = await Groups.JoinAsync(created.JoinCode, "Bruno");
        var board = await _sessions.BoardLinkAsync(session);
        var group = $"/api/groups/{created.GroupId}";

        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Get, group, board.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Get, group, session.AnimatorToken, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Get, group, phone.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Get, group, GroupClient.Token(other.Seats[0]), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.GetAsync(group).DefaultTimeout()).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Put, $"{group}/card", bruno.Token, new { name = "Autre nom", stage = "strategy" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Post, $"/api/sessions/{session.SessionId}/groups", phone.Token, new GroupFromPisteRequest("p-car"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Post, $"/api/sessions/{session.SessionId}/groups/{other.GroupId}/seats/1", session.AnimatorToken, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Get, $"/api/sessions/{session.SessionId}/snapshot", bruno.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Groups.SendAsync(HttpMethod.Get, $"/api/sessions/{created.GroupId}/snapshot", bruno.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/join/{created.JoinCode}").DefaultTimeout()).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/groups/join/{session.JoinCode}").DefaultTimeout()).StatusCode);

        // The evening's animator hands seat 1 over: the old link stops opening the group, the new one opens it.
        var handed = await Groups.SendAsync(HttpMethod.Post, $"/api/sessions/{session.SessionId}/groups/{created.GroupId}/seats/1", session.AnimatorToken, null);
        var newSeat = (await handed.Content.ReadFromJsonAsync<GroupLink>())!;
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Get, group, GroupClient.Token(created.Seats[0]), null)).StatusCode);
        Assert.Equal(1, (await Groups.PageAsync(created.GroupId, GroupClient.Token(newSeat))).GetProperty("me").GetProperty("seat").GetInt32());
    }

    [Fact]
    public async Task AGroupImportedFromADossierQuotesItsEveningButItsAnimatorHoldsNothingOverIt()
    {
        var (session, _) = await EveningWithAPisteAsync();
        var created = await CreateGroupAsync(session);
        var dossier = await Groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/dossier.json", GroupClient.Token(created.Seats[0]), null);
        var response = await Http.PostAsync("/api/groups/import", new StringContent(await dossier.Content.ReadAsStringAsync(), System.Text.Encoding.UTF8, "application/json")).DefaultTimeout();
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var imported = (await response.Content.ReadFromJsonAsync<CreatedGroup>().DefaultTimeout())!;

        var origin = (await Groups.PageAsync(imported.GroupId, GroupClient.Token(imported.Seats[0]))).GetProperty("group").GetProperty("origin");
        Assert.Equal(session.SessionId, origin.GetProperty("sessionId").GetString());
        var evening = $"/api/sessions/{session.SessionId}/groups";
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Post, $"{evening}/{imported.GroupId}/seats/1", session.AnimatorToken, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Post, $"{evening}/{imported.GroupId}/invitations/links", session.AnimatorToken, null)).StatusCode);
        var listed = await Groups.SendAsync(HttpMethod.Get, evening, session.AnimatorToken, null);
        Assert.Equal([created.GroupId], (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(g => g.GetProperty("groupId").GetString()));
    }

    [Fact]
    public async Task APageReadAgainWhileNothingChangedIsNotSentAgainAndCarriesVersionsWithoutTheirEntries()
    {
        var created = await Groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        var path = $"/api/groups/{created.GroupId}";
        await Groups.OkAsync(HttpMethod.Put, $"{path}/canvas/i-1", seat, new CanvasItemRequest("proposition", "Des outils réparés au village"));
        await Groups.OkAsync(HttpMethod.Post, $"{path}/canvas/versions", seat, new CanvasVersionRequest("Première"));
        await Groups.OkAsync(HttpMethod.Put, $"{path}/canvas/i-2", seat, new CanvasItemRequest("segments", "Les habitants du Val de Ligne"));

        var first = await Groups.SendAsync(HttpMethod.Get, path, seat, null);
        var tag = first.Headers.ETag ?? throw new InvalidOperationException("The page has no ETag.");
        var page = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("group");
        var version = page.GetProperty("canvasVersions").EnumerateArray().Single();
        Assert.Equal(0, version.GetProperty("items").GetArrayLength());
        Assert.Equal(["i-2"], page.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("itemId").GetString()));
        var read = await Groups.SendAsync(HttpMethod.Get, $"{path}/canvas/versions/1", seat, null);
        Assert.Equal(["i-1"], (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        // Unchanged: 304 and no body. Another person, or a change, gets the page again.
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(path, seat, tag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, GroupClient.Token(created.Seats[1]), tag)).StatusCode);
        await Groups.OkAsync(HttpMethod.Put, $"{path}/canvas/i-3", seat, new CanvasItemRequest("couts", "Le loyer du local"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, seat, tag)).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token, System.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.IfNoneMatch.Add(tag);
        return await Http.SendAsync(request).DefaultTimeout();
    }

    [Fact]
    public async Task AMemberWhoLeavesErasedIsGoneFromTheStoredLogAndTheirLinkNoLongerOpensTheGroup()
    {
        var (session, _) = await EveningWithAPisteAsync();
        var created = await CreateGroupAsync(session);
        var mireille = GroupClient.Token(created.Invitations.Single(i => i.Label == "Mireille"));
        await Groups.OkAsync(HttpMethod.Post, $"/api/groups/{created.GroupId}/invitation", mireille, new AcceptInvitationRequest());
        await Groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/canvas/i-1", mireille, new CanvasItemRequest("ressources", "Ma voiture le mardi et le jeudi"));

        await Groups.OkAsync(HttpMethod.Post, $"/api/groups/{created.GroupId}/me/leave", mireille, new LeaveRequest(Erase: true));

        var store = app.Services.GetRequiredService<ISessionStore>();
        var log = string.Join("\n", (await store.ReadEventsAsync(created.GroupId, 0, 1000)).Select(e => SessionJson.SerializeEvent(e.Event)));
        Assert.DoesNotContain("Mireille", log, StringComparison.Ordinal);
        Assert.DoesNotContain("mireille@example.org", log, StringComparison.Ordinal);
        Assert.Contains("Ma voiture le mardi et le jeudi", log, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}", mireille, null)).StatusCode);
        var seat = await Groups.PageAsync(created.GroupId, GroupClient.Token(created.Seats[0]));
        Assert.DoesNotContain("Mireille", seat.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeetingIsScheduledAndItsCalendarFileOpensInAnyCalendar()
    {
        var created = await Groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        var startsAt = new DateTimeOffset(2027, 1, 14, 18, 30, 0, TimeSpan.FromHours(1));
        await Groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/meetings/r-1", seat,
            new MeetingRequest("Atelier canvas", startsAt, 120, "Salle des fêtes, Joyeuse", "1. Le canvas; 2. Les actions, qui fait quoi", null, null));

        var response = await Groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/meetings/r-1/ics", seat, null);
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("DTSTART:20270114T173000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20270114T193000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Salle des fêtes\\, Joyeuse\r\n", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
    }

    // An émergence with three phones: notes, a regroupement with two dots, a piste, two volunteers who consent to share
    // a contact and one who does not.
    private async Task<(CreatedSession Session, Joined Phone)> EveningWithAPisteAsync()
    {
        var session = await _sessions.CreateAsync();
        var mireille = await _sessions.JoinAsync(session.JoinCode, "Mireille");
        var jean = await _sessions.JoinAsync(session.JoinCode, "Jean");
        var paul = await _sessions.JoinAsync(session.JoinCode, "Paul");
        await using var staff = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await using var phone = await LiveClient.ConnectAsync(app.Server, mireille.Token, Protocol.Json);
        await using var jeanPhone = await LiveClient.ConnectAsync(app.Server, jean.Token, Protocol.Json);
        await using var paulPhone = await LiveClient.ConnectAsync(app.Server, paul.Token, Protocol.Json);

        await staff.InvokeAsync("StartRound", "w-emergence", "ideation");
        foreach (var (id, text) in TwoIdeas.Notes.Where(n => TwoIdeas.Carpooling.Contains(n.Id)))
        {
            await phone.InvokeAsync("AddNote", id, "w-emergence", "idee", text, null);
        }

        await staff.InvokeAsync("StartRound", "w-emergence", "regroupement");
        await staff.InvokeAsync("CreateCluster", "w-emergence", "c-car", "Covoiturage entre voisins", TwoIdeas.Carpooling.ToArray());
        await staff.InvokeAsync("StartRound", "w-emergence", "vote");
        await phone.InvokeAsync("CastVote", "v-1", "w-emergence", "c-car");
        await jeanPhone.InvokeAsync("CastVote", "v-2", "w-emergence", "c-car");
        await staff.InvokeAsync("StartRound", "w-emergence", "pistes");
        await staff.InvokeAsync("PromoteToPiste", "w-emergence", "p-car", "c-car", null);
        await phone.InvokeAsync("SignUp", "p-car", true, "Mireille Roux", "mireille@example.org", "06 12 34 56 78");
        await jeanPhone.InvokeAsync("SignUp", "p-car", true, null, "jean@example.org", null);
        await paulPhone.InvokeAsync("SignUp", "p-car", false, "Paul", "paul@example.org", null);
        return (session, mireille);
    }

    private async Task<CreatedGroup> CreateGroupAsync(CreatedSession session)
    {
        var response = await Groups.SendAsync(HttpMethod.Post, $"/api/sessions/{session.SessionId}/groups", session.AnimatorToken, new GroupFromPisteRequest("p-car"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedGroup>().DefaultTimeout())!;
    }
}
