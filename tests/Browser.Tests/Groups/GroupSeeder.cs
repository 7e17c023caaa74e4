using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Groups;

/// <summary>
/// Writes into a working group the way its pages do (the group's HTTP endpoints, with a member's or a seat's token),
/// so that a page can be tested with a canvas of real size without typing every entry. Every call waits for the
/// server's answer: what it wrote is stored when it returns.
/// </summary>
internal sealed class GroupSeeder(ServerProcess server, string groupId, string token) : IDisposable
{
    private readonly HttpClient _http = Authorized(server, token);

    private static HttpClient Authorized(ServerProcess server, string token)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>The token after '#' in a group link.</summary>
    public static string TokenOf(string url) => Uri.UnescapeDataString(url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..]);

    public async Task<long> PutCanvasAsync(string block, string text, string? itemId = null)
    {
        using var response = await _http.PutAsJsonAsync($"/api/groups/{groupId}/canvas/{itemId ?? NewId("c")}", new { block, text }).DefaultTimeout();
        return await VersionAsync(response);
    }

    public async Task<long> PutActionAsync(string what, string? ownerName, string? due, bool done = false)
    {
        using var response = await _http.PutAsJsonAsync($"/api/groups/{groupId}/actions/{NewId("a")}", new { what, ownerId = (string?)null, ownerName, due, done }).DefaultTimeout();
        return await VersionAsync(response);
    }

    public async Task<long> PutMilestoneAsync(string title, string due, string status)
    {
        using var response = await _http.PutAsJsonAsync($"/api/groups/{groupId}/milestones/{NewId("m")}", new { title, due, status, note = (string?)null }).DefaultTimeout();
        return await VersionAsync(response);
    }

    public async Task<long> PutExchangeAsync(string kind, string category, string text)
    {
        using var response = await _http.PutAsJsonAsync($"/api/groups/{groupId}/exchanges/{NewId("x")}", new { kind, category, text }).DefaultTimeout();
        return await VersionAsync(response);
    }

    public async Task<JsonElement> PageAsync()
    {
        using var response = await _http.GetAsync($"/api/groups/{groupId}").DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
    }

    private static async Task<long> VersionAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().DefaultTimeout()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout()).GetProperty("version").GetInt64();
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public void Dispose() => _http.Dispose();
}
