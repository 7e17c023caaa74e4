using System.Net;
using System.Net.Http.Json;
using System.Text;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The dossier over HTTP: a seat and a member each download the group as they may see it, and a JSON dossier posted
/// to the import becomes a new group with fresh seats, or is refused with a typed error.
/// </summary>
public sealed class GroupDossierApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly HttpClient _http = app.CreateClient();

    [Fact]
    public async Task ASeatAndAMemberDownloadTheDossierInEveryFormatAsEachMaySeeTheGroup()
    {
        var (created, seat, member) = await GroupAsync();

        foreach (var (extension, type) in new[] { ("json", "application/json"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("html", "text/html"), ("md", "text/markdown"), ("pdf", "application/pdf") })
        {
            foreach (var token in new[] { seat, member })
            {
                var response = await SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/dossier.{extension}", token);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{extension}: {response.StatusCode}");
                Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
                Assert.True(response.Headers.CacheControl!.NoStore);
                Assert.EndsWith($".{extension}", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
            }
        }

        var bySeat = await TextAsync($"/api/groups/{created.GroupId}/dossier.md", seat);
        var byMember = await TextAsync($"/api/groups/{created.GroupId}/dossier.md", member);
        Assert.Contains("- Un tableau des trajets à la mairie", bySeat, StringComparison.Ordinal);
        Assert.Contains("- Un tableau des trajets à la mairie", byMember, StringComparison.Ordinal);
        Assert.Contains("claire@example.org", bySeat, StringComparison.Ordinal);
        Assert.Contains("bruno@example.org", bySeat, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", byMember, StringComparison.Ordinal);
        Assert.Contains("Key partners", await TextAsync($"/api/groups/{created.GroupId}/dossier.html?lang=en", member), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/dossier.docx", seat)).StatusCode);
    }

    [Fact]
    public async Task AnImportedDossierBecomesANewGroupWithFreshSeatsAndNoPeople()
    {
        var (created, seat, _) = await GroupAsync();
        var json = await TextAsync($"/api/groups/{created.GroupId}/dossier.json", seat);

        var response = await _http.PostAsync("/api/groups/import", new StringContent(json, Encoding.UTF8, "application/json")).DefaultTimeout();

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var imported = (await response.Content.ReadFromJsonAsync<CreatedGroup>().DefaultTimeout())!;
        Assert.NotEqual(created.GroupId, imported.GroupId);
        Assert.Equal($"/api/groups/{imported.GroupId}", response.Headers.Location!.OriginalString);
        Assert.Equal("Covoiturage entre voisins", imported.Name);
        Assert.Equal([1, 2], imported.Seats.Select(s => s.Seat!.Value));
        Assert.Empty(imported.Invitations);
        var again = await TextAsync($"/api/groups/{imported.GroupId}/dossier.json", Token(imported.Seats[0]));
        Assert.Equal(
            GroupDossierImportTests.SameContent(GroupDossierExporter.Read(Encoding.UTF8.GetBytes(json))),
            GroupDossierImportTests.SameContent(GroupDossierExporter.Read(Encoding.UTF8.GetBytes(again))));
        Assert.Empty(GroupDossierExporter.Read(Encoding.UTF8.GetBytes(again)).Members);

        // The first group's seat opens nothing in the new one.
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/api/groups/{imported.GroupId}/dossier.json", seat)).StatusCode);
    }

    [Fact]
    public async Task ABrokenOrOversizedDossierIsRefusedWithATypedError()
    {
        var (created, seat, _) = await GroupAsync();
        var json = await TextAsync($"/api/groups/{created.GroupId}/dossier.json", seat);

        foreach (var (body, reason) in new[]
        {
            (json.Replace("\"block\": \"ressources\"", "\"block\": \"ailleurs\"", StringComparison.Ordinal), "no such block"),
            (json.Replace("\"version\": 1,", "\"version\": 7,", StringComparison.Ordinal), "not a version 1 dossier"),
            ("{\"schema\": \"startup-territoire/evening\"}", "not a working group's dossier"),
            (new string(' ', (int)ExportApi.MaxImportBytes + 1), "too large"),
        })
        {
            var response = await _http.PostAsync("/api/groups/import", new StringContent(body, Encoding.UTF8, "application/json")).DefaultTimeout(TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!;
            Assert.Equal("input.invalid", error.Code);
            Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A group from scratch with a few entries, Bruno as a member sharing his contact, and Claire as a resource person.</summary>
    private async Task<(CreatedGroup Created, string Seat, string Member)> GroupAsync()
    {
        var response = await _http.PostAsJsonAsync("/api/groups", new NewGroupRequest("Covoiturage entre voisins", "Aller travailler à plusieurs")).DefaultTimeout();
        var created = (await response.Content.ReadFromJsonAsync<CreatedGroup>().DefaultTimeout())!;
        var seat = Token(created.Seats[0]);
        var joined = await _http.PostAsJsonAsync($"/api/groups/join/{created.JoinCode}", new GroupJoinRequest("Bruno")).DefaultTimeout();
        var member = (await joined.Content.ReadFromJsonAsync<GroupJoined>().DefaultTimeout())!.Token;
        var group = $"/api/groups/{created.GroupId}";
        await OkAsync(HttpMethod.Put, $"{group}/me/contact", member, new ContactRequest(new ContactDetails("Bruno Martin", "bruno@example.org", null), true));
        await OkAsync(HttpMethod.Post, $"{group}/resources", seat, new ResourceRequest("Claire", "Mobilité rurale", new ContactDetails(null, "claire@example.org", null), true));
        await OkAsync(HttpMethod.Put, $"{group}/canvas/i-1", member, new CanvasItemRequest("ressources", "Un tableau des trajets à la mairie"));
        await OkAsync(HttpMethod.Post, $"{group}/canvas/versions", seat, new CanvasVersionRequest("Première esquisse"));
        await OkAsync(HttpMethod.Put, $"{group}/canvas/i-2", seat, new CanvasItemRequest("impact", "Moins de voitures sur la route d'Aubenas"));
        await OkAsync(HttpMethod.Put, $"{group}/milestones/j-1", seat, new MilestoneRequest("Premier trajet partagé", new DateOnly(2027, 3, 31), WorkshopEngine.Groups.MilestoneStatus.Planned, null));
        await OkAsync(HttpMethod.Put, $"{group}/actions/a-1", member, new ActionRequest("Demander la salle", null, "Sylvie (Pays)", null, false));
        await OkAsync(HttpMethod.Put, $"{group}/meetings/r-1", seat, new MeetingRequest("Atelier canvas", new DateTimeOffset(2027, 1, 14, 18, 30, 0, TimeSpan.Zero), 90, "Mairie", "Le canvas", "Dix présents", ["Un café chaque mois"]));
        return (created, seat, member);
    }

    private async Task OkAsync(HttpMethod method, string path, string token, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        var response = await _http.SendAsync(request).DefaultTimeout();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> TextAsync(string path, string token)
    {
        var response = await SendAsync(HttpMethod.Get, path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        return await _http.SendAsync(request).DefaultTimeout();
    }

    private static string Token(GroupLink link) => link.Url[(link.Url.IndexOf('#', StringComparison.Ordinal) + 1)..];
}
