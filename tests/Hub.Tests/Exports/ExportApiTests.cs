using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>The export, import and delete endpoints on the real server, driven through HTTP and the hub.</summary>
public sealed class ExportApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private const string Secret = "Une navette solidaire le mardi";
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Fact]
    public async Task AnimatorDownloadsEveryFormatWithoutCaching()
    {
        var (created, _) = await SessionWithANoteAsync();
        foreach (var format in ExportFormat.All)
        {
            using var response = await GetAsync(created.SessionId, format.Name, created.AnimatorToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(format.ContentType, response.Content.Headers.ContentType!.ToString());
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.EndsWith("." + format.Extension, response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (format.Name is "json" or "csv" or "report-html" or "report-md")
            {
                Assert.Contains(Secret, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task NobodyButTheStaffGetsAnExport()
    {
        var (created, participant) = await SessionWithANoteAsync();
        var board = await _sessions.BoardLinkAsync(created);
        var other = await _sessions.CreateAsync();

        using (var anonymous = await GetAsync(created.SessionId, "json", null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.DoesNotContain(Secret, await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var token in new[] { participant.Token, board.Token, other.AnimatorToken, "not-a-token" })
        {
            using var response = await GetAsync(created.SessionId, "json", token);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{response.StatusCode}");
            Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var unknown = await GetAsync(created.SessionId, "docx", created.AnimatorToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task CoAnimatorExportsOnlyTheirTable()
    {
        var created = await _sessions.CreateAsync(TablesRequest());
        var info = await _sessions.Http.GetFromJsonAsync<JoinInfo>($"/api/join/{created.JoinCode}").DefaultTimeout();
        var host = await _sessions.CoAnimatorLinkAsync(created, info!.Tables[0].Id);

        using var response = await GetAsync(created.SessionId, "json", host.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("table", json.RootElement.GetProperty("scope").GetProperty("kind").GetString());
        Assert.Equal(["w-emergence"], json.RootElement.GetProperty("workshops").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ImportedExportIsANewSessionWithTheSameContent()
    {
        var (created, _) = await SessionWithANoteAsync();
        var first = await (await GetAsync(created.SessionId, "json", created.AnimatorToken)).Content.ReadAsByteArrayAsync();

        using var content = new ByteArrayContent(first);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var imported = await _sessions.Http.PostAsync("/api/sessions/import", content).DefaultTimeout();
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var restored = (await imported.Content.ReadFromJsonAsync<CreatedSession>())!;
        Assert.NotEqual(created.SessionId, restored.SessionId);
        Assert.NotEqual(created.JoinCode, restored.JoinCode);

        var second = await (await GetAsync(restored.SessionId, "json", restored.AnimatorToken)).Content.ReadAsByteArrayAsync();
        Assert.Equal(ExportFormatsTests.SameContent(SessionExportJson.Read(first)), ExportFormatsTests.SameContent(SessionExportJson.Read(second)));

        using var broken = new StringContent("{\"schema\":\"startup-territoire/evening\",\"schemaVersion\":99}", Encoding.UTF8, "application/json");
        using var refused = await _sessions.Http.PostAsync("/api/sessions/import", broken).DefaultTimeout();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("input.invalid", (await refused.Content.ReadFromJsonAsync<ApiError>())!.Code);
    }

    [Fact]
    public async Task AnimatorDeletesTheSessionAtOnceAndLiveClientsAreTold()
    {
        var (created, participant) = await SessionWithANoteAsync();
        await using var phone = await LiveClient.ConnectAsync(app.Server, participant.Token, Protocol.Json);
        var told = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        phone.Connection.On<string>("SessionDeleted", id => told.TrySetResult(id));

        using (var byParticipant = await SendAsync(HttpMethod.Delete, $"/api/sessions/{created.SessionId}", participant.Token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        }

        using (var deleted = await SendAsync(HttpMethod.Delete, $"/api/sessions/{created.SessionId}", created.AnimatorToken))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Equal(created.SessionId, await told.Task.DefaultTimeout());
        var store = app.Services.GetRequiredService<ISessionStore>();
        Assert.Equal(0, await store.GetVersionAsync(created.SessionId).DefaultTimeout());
        Assert.Null(await store.FindSessionByJoinCodeAsync(created.JoinCode).DefaultTimeout());
        using var after = await GetAsync(created.SessionId, "json", created.AnimatorToken);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    internal static object TablesRequest() => new
    {
        title = "Soirée aux tables",
        language = "fr",
        anonymous = false,
        open = true,
        workshops = new object[]
        {
            new { id = "w-emergence", format = "emergence", title = "Se déplacer", challenge = "Comment se déplacer ?", theme = "Mobilité" },
            new { id = "w-acceleration", format = "acceleration", title = "Conserverie", holder = "Marie", pitch = "Une conserverie.", needs = "Un local" },
        },
        tables = new object[] { new { name = "Table 1", workshop = 0 }, new { name = "Table 2", workshop = 1 } },
    };

    private async Task<(CreatedSession Created, Joined Participant)> SessionWithANoteAsync()
    {
        var created = await _sessions.CreateAsync();
        var participant = await _sessions.JoinAsync(created.JoinCode, "Léa");
        await using var console = await LiveClient.ConnectAsync(app.Server, created.AnimatorToken, Protocol.Json);
        await using var phone = await LiveClient.ConnectAsync(app.Server, participant.Token, Protocol.Json);
        await console.InvokeAsync("StartRound", "w-acceleration", "questions");
        await phone.InvokeAsync("AddNote", "n-1", "w-acceleration", "question", Secret, null);
        return (created, participant);
    }

    private Task<HttpResponseMessage> GetAsync(string sessionId, string format, string? token) =>
        SendAsync(HttpMethod.Get, $"/api/sessions/{sessionId}/export/{format}", token);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await _sessions.Http.SendAsync(request).DefaultTimeout();
    }
}
