using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Groups;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>Creates working groups, joins them and calls their endpoints over HTTP with a seat's or a member's token.</summary>
public sealed class GroupClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>A group from scratch, with its two seats' links.</summary>
    public async Task<CreatedGroup> CreateAsync(string name = "Ressourcerie du Val de Ligne", string? promise = "Réparer et revendre au village")
    {
        var response = await Http.PostAsJsonAsync("/api/groups", new NewGroupRequest(name, promise)).DefaultTimeout();
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedGroup>().DefaultTimeout())!;
    }

    public async Task<GroupJoined> JoinAsync(string code, string nickname)
    {
        var response = await Http.PostAsJsonAsync($"/api/groups/join/{code}", new GroupJoinRequest(nickname)).DefaultTimeout();
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<GroupJoined>().DefaultTimeout())!;
    }

    public async Task<JsonElement> PageAsync(string groupId, string token, long? since = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/groups/{groupId}" + (since is { } s ? $"?since={s}" : string.Empty), token, null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
    }

    public async Task<Versioned> OkAsync(HttpMethod method, string path, string token, object? body)
    {
        var response = await SendAsync(method, path, token, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Versioned>().DefaultTimeout())!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.Authorization = new("Bearer", token);
        return await Http.SendAsync(request).DefaultTimeout();
    }

    /// <summary>The token a secret link carries after its '#'.</summary>
    public static string Token(GroupLink link) => link.Url[(link.Url.IndexOf('#', StringComparison.Ordinal) + 1)..];
}
