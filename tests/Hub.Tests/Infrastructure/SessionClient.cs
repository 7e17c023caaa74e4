using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>Creates soirées and joins them over HTTP, as the console and phones do.</summary>
public sealed class SessionClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>An open soirée with an émergence workshop and an accélération workshop, no tables.</summary>
    public static object PlenaryRequest(bool anonymous = false) => new
    {
        title = "Soirée créative du Val de Ligne",
        language = "fr",
        anonymous,
        open = true,
        workshops = new object[]
        {
            new { id = "w-emergence", format = "emergence", title = "Se déplacer sans voiture", challenge = "Comment se déplacer sans voiture dans nos villages ?", theme = "Mobilité" },
            new { id = "w-acceleration", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie qui passe de ferme en ferme.", needs = "Un local, des bocaux" },
        },
    };

    public async Task<CreatedSession> CreateAsync(object? request = null)
    {
        var response = await Http.PostAsJsonAsync("/api/sessions", request ?? PlenaryRequest()).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedSession>().DefaultTimeout())!;
    }

    public async Task<Joined> JoinAsync(string joinCode, string nickname, string? tableId = null)
    {
        var response = await Http.PostAsJsonAsync($"/api/join/{joinCode}", new JoinRequest(nickname, tableId)).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Joined>().DefaultTimeout())!;
    }

    public Task<CreatedLink> BoardLinkAsync(CreatedSession session, string? tableId = null) =>
        LinkAsync(session, "board", tableId);

    public Task<CreatedLink> CoAnimatorLinkAsync(CreatedSession session, string tableId) =>
        LinkAsync(session, "coanimator", tableId);

    /// <summary>A token of <paramref name="role"/> in a soirée with at least one table (seated at the first).</summary>
    public async Task<string> TokenForAsync(CreatedSession session, Role role)
    {
        var tableId = Wire.Text(Wire.List(await SnapshotAsync(session), "tables")[0], "id")!;
        return role switch
        {
            Role.Animator => session.AnimatorToken,
            Role.CoAnimator => (await CoAnimatorLinkAsync(session, tableId)).Token,
            Role.Participant => (await JoinAsync(session.JoinCode, "Jeanne", tableId)).Token,
            _ => (await BoardLinkAsync(session)).Token,
        };
    }

    /// <summary>The soirée as its animator sees it.</summary>
    public async Task<JsonElement> SnapshotAsync(CreatedSession session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.SessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", session.AnimatorToken);
        var response = await Http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout()).GetProperty("session");
    }

    private async Task<CreatedLink> LinkAsync(CreatedSession session, string kind, string? tableId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.SessionId}/links/{kind}")
        {
            Content = JsonContent.Create(new LinkRequest(tableId)),
        };
        request.Headers.Authorization = new("Bearer", session.AnimatorToken);
        var response = await Http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedLink>().DefaultTimeout())!;
    }
}
