using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Groups;

/// <summary>
/// A group's meeting run live over HTTP: a co-animator starts it in a meeting format and gets a console; each call
/// gives a fresh console link to the same soirée; members enter it under their own id; nobody else starts or joins it;
/// and only a co-animator keeps what it wrote into the canvas with its source.
/// </summary>
public sealed class GroupLiveApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly GroupClient _groups = new(app.CreateClient());

    private static readonly object s_meeting = new
    {
        title = "Atelier canvas n°1", startsAt = DateTimeOffset.Parse("2027-02-11T17:30:00Z", System.Globalization.CultureInfo.InvariantCulture), durationMinutes = 120,
        place = "Salle des associations", agenda = "", minutes = "", decisions = Array.Empty<string>(),
    };

    [Fact]
    public async Task ACoAnimatorStartsAMeetingLiveAndEachCallGivesAFreshConsoleToTheSameSoiree()
    {
        var (created, seat, _) = await GroupWithAMeetingAsync();
        var path = $"/api/groups/{created.GroupId}/meetings/m-1/live";

        var first = await LiveAsync(path, seat, "atelierCanvas");
        Assert.Equal("atelierCanvas", first.Format);
        Assert.EndsWith($"/a/{first.SessionId}#{first.AnimatorToken}", first.ConsoleUrl, StringComparison.Ordinal);
        Assert.EndsWith($"/j/{first.JoinCode}", first.JoinUrl, StringComparison.Ordinal);
        var meeting = (await _groups.PageAsync(created.GroupId, seat)).GetProperty("group").GetProperty("meetings")[0];
        Assert.Equal(first.SessionId, meeting.GetProperty("liveSessionId").GetString());
        Assert.Equal(first.JoinCode, meeting.GetProperty("liveJoinCode").GetString());

        // The soirée behind it: one workshop in the meeting's format, the canvas's blocks as the writing columns.
        var snapshot = await SnapshotAsync(first.SessionId, first.AnimatorToken);
        var workshop = snapshot.GetProperty("workshops").EnumerateArray().Single();
        Assert.Equal("atelierCanvas", workshop.GetProperty("format").GetString());
        Assert.Equal("Atelier canvas n°1", workshop.GetProperty("title").GetString());
        Assert.Equal("Construire le modèle économique de « Ressourcerie du Val de Ligne »", workshop.GetProperty("input").GetProperty("challenge").GetProperty("text").GetString());
        Assert.Equal(10, workshop.GetProperty("rounds")[1].GetProperty("rules").GetProperty("columns").GetArrayLength());

        // Asked again (by the other seat, or after a reload), the same soirée with a console of its own; the format asked is moot.
        var second = await LiveAsync(path, GroupClient.Token(created.Seats[1]), "planAction");
        Assert.Equal(first.SessionId, second.SessionId);
        Assert.Equal("atelierCanvas", second.Format);
        Assert.NotEqual(first.AnimatorToken, second.AnimatorToken);
        await SnapshotAsync(second.SessionId, second.AnimatorToken);
        await SnapshotAsync(first.SessionId, first.AnimatorToken);
    }

    [Fact]
    public async Task MembersEnterTheLiveMeetingAsThemselvesAndNobodyElseStartsOrEntersIt()
    {
        var (created, seat, member) = await GroupWithAMeetingAsync();
        var live = $"/api/groups/{created.GroupId}/meetings/m-1/live";

        // Before it runs live, nobody enters; a member does not start it; a format that is not a meeting's is refused.
        var early = await _groups.SendAsync(HttpMethod.Post, $"{live}/join", member.Token, null);
        Assert.Equal("session.state", await CodeAsync(early));
        Assert.Equal(HttpStatusCode.Forbidden, (await _groups.SendAsync(HttpMethod.Post, live, member.Token, new LiveMeetingRequest("atelierCanvas"))).StatusCode);
        Assert.Equal("input.invalid", await CodeAsync(await _groups.SendAsync(HttpMethod.Post, live, seat, new LiveMeetingRequest("emergence"))));
        Assert.Equal("input.not_found", await CodeAsync(await _groups.SendAsync(HttpMethod.Post, $"/api/groups/{created.GroupId}/meetings/m-2/live", seat, new LiveMeetingRequest("atelierCanvas"))));

        var started = await LiveAsync(live, seat, "planAction");
        var joined = await JoinLiveAsync($"{live}/join", member.Token);
        Assert.Equal(member.MemberId, joined.ParticipantId);
        Assert.Equal("Odile", joined.Nickname);
        Assert.Equal(started.JoinCode, joined.JoinCode);
        var again = await JoinLiveAsync($"{live}/join", member.Token);
        Assert.Equal(member.MemberId, again.ParticipantId);
        var participants = (await SnapshotAsync(started.SessionId, started.AnimatorToken)).GetProperty("participants").EnumerateArray().ToList();
        Assert.Equal([member.MemberId], participants.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await _groups.SendAsync(HttpMethod.Get, $"/api/sessions/{started.SessionId}/snapshot", joined.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _groups.SendAsync(HttpMethod.Post, $"/api/sessions/{started.SessionId}/links/board", joined.Token, new { tableId = (string?)null })).StatusCode);

        // A seat drives from the console, not as a participant; another group's member is not in this group.
        Assert.Equal(HttpStatusCode.Forbidden, (await _groups.SendAsync(HttpMethod.Post, $"{live}/join", seat, null)).StatusCode);
        var other = await _groups.CreateAsync("Épicerie itinérante", null);
        var stranger = await _groups.JoinAsync(other.JoinCode, "Paul");
        Assert.Equal(HttpStatusCode.Forbidden, (await _groups.SendAsync(HttpMethod.Post, $"{live}/join", stranger.Token, null)).StatusCode);
    }

    [Fact]
    public async Task ARevueDEtapeShowsTheRoomTheRoadToLaunchItReviews()
    {
        var (created, seat, _) = await GroupWithAMeetingAsync();
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/milestones/j-2", seat, new MilestoneRequest("Ouverture du local", new DateOnly(2027, 4, 3), WorkshopEngine.Groups.MilestoneStatus.Planned, null));
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/milestones/j-1", seat, new MilestoneRequest("Devis de l'autoclave", new DateOnly(2027, 2, 15), WorkshopEngine.Groups.MilestoneStatus.InProgress, null));

        var live = await LiveAsync($"/api/groups/{created.GroupId}/meetings/m-1/live", seat, "revueEtape");

        var workshop = (await SnapshotAsync(live.SessionId, live.AnimatorToken)).GetProperty("workshops")[0];
        Assert.Equal("La feuille de route : Devis de l'autoclave (15 février 2027, en cours) · Ouverture du local (3 avril 2027, prévu)",
            workshop.GetProperty("input").GetProperty("challenge").GetProperty("text").GetString());
        Assert.Equal(["tour", "retours", "regroupement", "decisions"], workshop.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task OnlyACoAnimatorKeepsWhatAMeetingWroteIntoTheCanvasWithItsSource()
    {
        var (created, seat, member) = await GroupWithAMeetingAsync();
        var canvas = $"/api/groups/{created.GroupId}/canvas";
        var refused = await _groups.SendAsync(HttpMethod.Put, $"{canvas}/k-n-1", member.Token, new CanvasItemRequest("couts", "Un autoclave", "s-1/n-1"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var kept = await _groups.OkAsync(HttpMethod.Put, $"{canvas}/k-n-1", seat, new CanvasItemRequest("couts", "Un autoclave", "s-1/n-1"));
        var again = await _groups.OkAsync(HttpMethod.Put, $"{canvas}/k-n-1", seat, new CanvasItemRequest("couts", "Un autoclave", "s-1/n-1"));
        Assert.Equal(kept.Version, again.Version);
        var item = (await _groups.PageAsync(created.GroupId, member.Token)).GetProperty("group").GetProperty("canvas").EnumerateArray().Single();
        Assert.Equal("s-1/n-1", item.GetProperty("source").GetString());
    }

    private async Task<(CreatedGroup Created, string Seat, GroupJoined Member)> GroupWithAMeetingAsync()
    {
        var created = await _groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/meetings/m-1", seat, s_meeting);
        return (created, seat, await _groups.JoinAsync(created.JoinCode, "Odile"));
    }

    private async Task<LiveMeeting> LiveAsync(string path, string token, string format)
    {
        var response = await _groups.SendAsync(HttpMethod.Post, path, token, new LiveMeetingRequest(format));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<LiveMeeting>())!;
    }

    private async Task<LiveMeetingJoined> JoinLiveAsync(string path, string token)
    {
        var response = await _groups.SendAsync(HttpMethod.Post, path, token, null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<LiveMeetingJoined>())!;
    }

    private async Task<JsonElement> SnapshotAsync(string sessionId, string token)
    {
        var response = await _groups.SendAsync(HttpMethod.Get, $"/api/sessions/{sessionId}/snapshot", token, null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session");
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
