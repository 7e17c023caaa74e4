using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Browser.Tests.Groups;
using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// Writes into a démarche and its consultation the way their pages do (the HTTP endpoints, with the coordinator's
/// token or a visitor's), so that a page can be tested at real size without typing every entry. Every call waits for
/// the server's answer: what it wrote is stored when it returns.
/// </summary>
internal sealed class DemarcheSeeder : IDisposable
{
    private readonly ServerProcess _server;
    private readonly HttpClient _coordinator;

    private DemarcheSeeder(ServerProcess server, JsonElement created)
    {
        _server = server;
        Id = created.GetProperty("demarcheId").GetString()!;
        Token = created.GetProperty("coordinatorToken").GetString()!;
        Code = created.GetProperty("consultationCode").GetString()!;
        _coordinator = Authorized(server, Token);
    }

    public string Id { get; }

    public string Token { get; }

    /// <summary>The consultation's public code (/c/CODE).</summary>
    public string Code { get; }

    public string CoordinatorUrl => _server.Url($"/d/{Id}#{Token}");

    public string ConsultationUrl => _server.Url($"/c/{Code}");

    public string PublicUrl => _server.Url($"/p/{Id}");

    public static async Task<DemarcheSeeder> CreateAsync(ServerProcess server, string name, string territory)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var http = server.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/demarches", new { name, territory, language = "fr" }).DefaultTimeout();
        return new DemarcheSeeder(server, await JsonAsync(response));
    }

    /// <summary>A partner; <paramref name="contact"/> as the server keeps it: { name, email, phone }.</summary>
    public async Task PutPartnerAsync(string name, string univers, string circle, object? contact = null)
    {
        using var response = await _coordinator.PutAsJsonAsync($"/api/demarches/{Id}/partners/{NewId("p")}", new { name, univers, circle, contact }).DefaultTimeout();
        await JsonAsync(response);
    }

    public async Task<string> PutAnimatorAsync(string name, string role)
    {
        var id = NewId("an");
        using var response = await _coordinator.PutAsJsonAsync($"/api/demarches/{Id}/animators/{id}", new { name, role }).DefaultTimeout();
        await JsonAsync(response);
        return id;
    }

    /// <summary>A named animator's personal link, absolute.</summary>
    public async Task<string> AnimatorLinkAsync(string animatorId)
    {
        using var response = await _coordinator.PostAsJsonAsync($"/api/demarches/{Id}/animators/{animatorId}/link", new { }).DefaultTimeout();
        return LiveSteps.Absolute(_server, (await JsonAsync(response)).GetProperty("url").GetString()!);
    }

    public async Task PutPlanAsync(string title, string? date, params string[] picks)
    {
        using var response = await _coordinator.PutAsJsonAsync($"/api/demarches/{Id}/plan", new { title, date, picks }).DefaultTimeout();
        await JsonAsync(response);
    }

    public async Task CloseConsultationAsync()
    {
        using var response = await _coordinator.PostAsJsonAsync($"/api/demarches/{Id}/consultation/close", new { }).DefaultTimeout();
        await JsonAsync(response);
    }

    public async Task LinkGroupAsync(string code)
    {
        using var response = await _coordinator.PostAsJsonAsync($"/api/demarches/{Id}/groups", new { code }).DefaultTimeout();
        await JsonAsync(response);
    }

    /// <summary>The démarche as its coordinator reads it (GET /api/demarches/{id}).</summary>
    public async Task<JsonElement> PageAsync()
    {
        using var response = await _coordinator.GetAsync($"/api/demarches/{Id}").DefaultTimeout();
        return await JsonAsync(response);
    }

    public async Task<JsonElement> PortfolioAsync()
    {
        using var response = await _coordinator.GetAsync($"/api/demarches/{Id}/portfolio").DefaultTimeout();
        return await JsonAsync(response);
    }

    /// <summary>A new visitor's device token, as a phone gets it on its first write.</summary>
    public async Task<string> NewVisitorAsync()
    {
        using var http = _server.CreateClient();
        using var response = await http.PostAsJsonAsync($"/api/consultations/{Code}/visitors", new { }).DefaultTimeout();
        return (await JsonAsync(response)).GetProperty("token").GetString()!;
    }

    /// <summary>A proposal by a visitor: <paramref name="proposal"/> is the body the page sends (kind, title, text…).</summary>
    public async Task<string> ProposeAsync(string visitor, object proposal)
    {
        var id = NewId("pr");
        using var http = Authorized(_server, visitor);
        using var response = await http.PutAsJsonAsync($"/api/consultations/{Code}/proposals/{id}", proposal).DefaultTimeout();
        await JsonAsync(response);
        return id;
    }

    public async Task SupportAsync(string visitor, string proposalId)
    {
        using var http = Authorized(_server, visitor);
        using var response = await http.PutAsJsonAsync($"/api/consultations/{Code}/proposals/{proposalId}/support", new { }).DefaultTimeout();
        await JsonAsync(response);
    }

    public async Task CommentAsync(string visitor, string proposalId, string text, string? nickname)
    {
        using var http = Authorized(_server, visitor);
        using var response = await http.PutAsJsonAsync($"/api/consultations/{Code}/proposals/{proposalId}/comments/{NewId("c")}", new { text, nickname }).DefaultTimeout();
        await JsonAsync(response);
    }

    /// <summary>The consultation as anyone reads it, or as a visitor when given their token.</summary>
    public async Task<JsonElement> ConsultationAsync(string? visitor = null)
    {
        using var http = visitor is null ? _server.CreateClient() : Authorized(_server, visitor);
        using var response = await http.GetAsync($"/api/consultations/{Code}").DefaultTimeout();
        return await JsonAsync(response);
    }

    /// <summary>A working group started from scratch: its id, join code and first seat's token.</summary>
    public static async Task<(string GroupId, string Code, string Seat)> CreateGroupAsync(ServerProcess server, string name, string promise)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var http = server.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/groups", new { name, promise, language = "fr" }).DefaultTimeout();
        var created = await JsonAsync(response);
        var seat = created.GetProperty("seats")[0].GetProperty("url").GetString()!;
        return (created.GetProperty("groupId").GetString()!, created.GetProperty("joinCode").GetString()!, GroupSeeder.TokenOf(seat));
    }

    /// <summary>Writes to a group with a seat's or member's token (card, exchanges, publication): PUT, stored on return.</summary>
    public static async Task PutGroupAsync(ServerProcess server, string token, string path, object body)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var http = Authorized(server, token);
        using var response = await http.PutAsJsonAsync(path, body).DefaultTimeout();
        await JsonAsync(response);
    }

    public static async Task<string> JoinGroupAsync(ServerProcess server, string code, string nickname)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var http = server.CreateClient();
        using var response = await http.PostAsJsonAsync($"/api/groups/join/{code}", new { nickname, joinId = Guid.NewGuid().ToString("N") }).DefaultTimeout();
        return (await JsonAsync(response)).GetProperty("token").GetString()!;
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private static HttpClient Authorized(ServerProcess server, string token)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync().DefaultTimeout();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _coordinator.Dispose();
}
