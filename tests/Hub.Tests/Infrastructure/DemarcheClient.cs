using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Demarches;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>Creates démarches, takes consultation visitor tokens and calls their endpoints over HTTP.</summary>
public sealed class DemarcheClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<CreatedDemarche> CreateAsync(string name = "Start'up de Territoire Ardèche méridionale 2026", string? territory = "Ardèche méridionale")
    {
        var response = await Http.PostAsJsonAsync("/api/demarches", new NewDemarcheRequest(name, territory)).DefaultTimeout();
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedDemarche>().DefaultTimeout())!;
    }

    public async Task<JsonElement> PageAsync(string demarcheId, string token)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/demarches/{demarcheId}", token, null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
    }

    public async Task<string> VisitorAsync(string code)
    {
        var response = await Http.PostAsync($"/api/consultations/{code}/visitors", null).DefaultTimeout();
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<VisitorToken>().DefaultTimeout())!.Token;
    }

    public async Task<JsonElement> ConsultationAsync(string code, string? token = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/consultations/{code}", token, null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
    }

    /// <summary>A proposal by a visitor; returns its id.</summary>
    public async Task<string> ProposeAsync(string code, string visitor, ProposalRequest proposal, string? proposalId = null)
    {
        proposalId ??= "p-" + Guid.NewGuid().ToString("N")[..12];
        await OkAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{proposalId}", visitor, proposal);
        return proposalId;
    }

    public async Task<long> OkAsync(HttpMethod method, string path, string? token, object? body)
    {
        var response = await SendAsync(method, path, token, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout()).GetProperty("version").GetInt64();
    }

    /// <summary>A polled page read again naming the tag the caller holds (<c>If-None-Match</c>).</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? token, System.Net.Http.Headers.EntityTagHeaderValue held)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(held);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await Http.SendAsync(request).DefaultTimeout();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await Http.SendAsync(request).DefaultTimeout();
    }

    /// <summary>The token a secret link carries after its '#'.</summary>
    public static string Token(string url) => url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..];

    /// <summary>The proposal of a consultation page with this id.</summary>
    public static JsonElement Proposal(JsonElement page, string proposalId) =>
        page.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("id").GetString() == proposalId);
}
