using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Api;

public sealed class SessionApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Fact]
    public async Task CreatedSessionGivesAnAnimatorLinkAndAJoinCodeInItsDisplayForm()
    {
        var created = await _sessions.CreateAsync();

        Assert.Matches("^[ACDEFGHJKMNPQRTUVWXY3467]{8}$", created.JoinCode);
        Assert.Equal($"{created.JoinCode[..4]}-{created.JoinCode[4..]}", created.JoinCodeDisplay);
        Assert.EndsWith($"/j/{created.JoinCode}", created.JoinUrl, StringComparison.Ordinal);
        Assert.EndsWith($"#{created.AnimatorToken}", created.AnimatorUrl, StringComparison.Ordinal);
        Assert.True(created.AnimatorToken.Length >= 43, "a token carries at least 256 bits");
    }

    [Fact]
    public async Task JoinCodeResolvesTypedInAnyCaseWithOrWithoutTheDash()
    {
        var created = await _sessions.CreateAsync();
        var typed = created.JoinCodeDisplay.ToLowerInvariant();

        var info = await _sessions.Http.GetFromJsonAsync<JoinInfo>($"/api/join/{typed}").DefaultTimeout();

        Assert.Equal(created.SessionId, info!.SessionId);
        Assert.Equal("open", info.State);
        Assert.Equal("fr", info.Language);
    }

    [Theory]
    [InlineData("ABCD-EFGH")]
    [InlineData("0000-0000")]
    [InlineData("trop-long-code")]
    public async Task UnknownOrMalformedJoinCodeIsNotFound(string code)
    {
        var response = await _sessions.Http.GetAsync($"/api/join/{code}").DefaultTimeout();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("input.not_found", (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
    }

    [Fact]
    public async Task JoiningWithoutANicknameIsRefusedAndLeavesNoParticipant()
    {
        var created = await _sessions.CreateAsync();
        var response = await _sessions.Http.PostAsJsonAsync($"/api/join/{created.JoinCode}", new JoinRequest("   ", null)).DefaultTimeout();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("input.invalid", (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
        Assert.Empty(Wire.List(await SnapshotAsync(created), "participants"));
    }

    [Fact]
    public async Task LockedJoiningRefusesNewcomersButKeepsThoseAlreadyIn()
    {
        var created = await _sessions.CreateAsync();
        var early = await _sessions.JoinAsync(created.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(app.Server, created.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("LockJoining", true);

        var late = await _sessions.Http.PostAsJsonAsync($"/api/join/{created.JoinCode}", new JoinRequest("Paul", null)).DefaultTimeout();
        await using var phone = await LiveClient.ConnectAsync(app.Server, early.Token, Protocol.Json);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("session.joining_locked", (await late.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
        Assert.Equal(early.ParticipantId, (await phone.SyncAsync(0)).Me.Id);
    }

    [Fact]
    public async Task DraftSessionCannotBeJoinedUntilOpened()
    {
        var created = await _sessions.CreateAsync(new { title = "En préparation" });
        var refused = await _sessions.Http.PostAsJsonAsync($"/api/join/{created.JoinCode}", new JoinRequest("Jeanne", null)).DefaultTimeout();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await using var animator = await LiveClient.ConnectAsync(app.Server, created.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("OpenSession");
        Assert.NotNull(await _sessions.JoinAsync(created.JoinCode, "Jeanne"));
    }

    [Theory]
    [InlineData("""{"title":"Soirée","workshops":[{"format":"brainstorm","title":"?"}]}""")]
    [InlineData("""{"title":"Soirée","workshops":[null]}""")]
    [InlineData("""{"title":"Soirée","tables":[null]}""")]
    [InlineData("""{"title":"Soirée","workshops":[{"format":"essaimage","title":"Recyclerie","name":"La Recyclerie","successFactors":[null]}]}""")]
    [InlineData("""{"title":"Soirée","workshops":[{"format":"emergence","title":"Défi","challenge":"Comment ?","roundMinutes":{"ideation":0}}]}""")]
    public async Task InvalidRunOfShowIsRefusedWithoutCreatingAnything(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _sessions.Http.PostAsync("/api/sessions", content).DefaultTimeout();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("input.invalid", (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
    }

    [Fact]
    public async Task TablesAreOfferedWhenJoiningAndTheCoAnimatorRunsOnlyTheirTable()
    {
        var created = await _sessions.CreateAsync(new
        {
            title = "Soirée aux tables",
            open = true,
            workshops = new object[]
            {
                new { id = "w-a", format = "emergence", title = "Alimentation", challenge = "Manger local ?" },
                new { id = "w-b", format = "essaimage", title = "Recyclerie", name = "La Recyclerie", originTerritory = "Drôme", description = "Réemploi", successFactors = new[] { "bénévoles" } },
            },
            tables = new object[] { new { name = "Table A", workshop = 0 }, new { name = "Table B", workshop = 1 } },
        });
        var info = await _sessions.Http.GetFromJsonAsync<JoinInfo>($"/api/join/{created.JoinCode}").DefaultTimeout();
        Assert.Equal(["Table A", "Table B"], info!.Tables.Select(t => t.Name));

        var host = await _sessions.CoAnimatorLinkAsync(created, info.Tables[0].Id);
        await using var coAnimator = await LiveClient.ConnectAsync(app.Server, host.Token, Protocol.Json);
        Assert.True(await coAnimator.InvokeAsync("StartRound", "w-a", "cadrage") > 0);
        Assert.Equal("auth.forbidden", await HubErrors.CodeOfAsync(() => coAnimator.InvokeAsync("StartRound", "w-b", "presentation")));
    }

    [Fact]
    public async Task HealthAndReadinessAnswer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _sessions.Http.GetAsync("/healthz").DefaultTimeout()).StatusCode);
        var ready = await _sessions.Http.GetFromJsonAsync<JsonElement>("/readyz").DefaultTimeout();
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal("ok", ready.GetProperty("checks").GetProperty("store").GetString());
    }

    private async Task<JsonElement> SnapshotAsync(CreatedSession created)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{created.SessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", created.AnimatorToken);
        var response = await _sessions.Http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout()).GetProperty("session");
    }

    [Fact]
    public async Task DefaultScriptsAreServedForTheHomePageInBothLanguages()
    {
        var formats = await _sessions.Http.GetFromJsonAsync<JsonElement>("/api/formats").DefaultTimeout();

        var emergence = formats.GetProperty("emergence").EnumerateArray().ToList();
        Assert.Equal(["cadrage", "ideation", "regroupement", "vote", "pistes"], emergence.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal([2, 6, 8, 3, 5], emergence.Select(r => r.GetProperty("minutes").GetInt32()));
        Assert.Equal("Idéation silencieuse", emergence[1].GetProperty("name").GetProperty("fr").GetString());
        Assert.Equal("Silent ideation", emergence[1].GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(5, formats.GetProperty("acceleration").GetArrayLength());
        Assert.Equal("qui-porte", formats.GetProperty("essaimage")[4].GetProperty("id").GetString());
    }
}
