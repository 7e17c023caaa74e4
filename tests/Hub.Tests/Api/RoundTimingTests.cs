using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Api;

/// <summary>The animator sets round timings while preparing the soirée: they arrive with the creation request.</summary>
public sealed class RoundTimingTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Fact]
    public async Task ListedRoundsTakeTheirNewMinutesAndKeepEverythingElse()
    {
        var created = await _sessions.CreateAsync(new
        {
            title = "Soirée minutée",
            open = true,
            workshops = new object[]
            {
                new { id = "w-e", format = "emergence", title = "Mobilité", challenge = "Se déplacer sans voiture ?", roundMinutes = new Dictionary<string, int> { ["ideation"] = 10, ["vote"] = 4, ["cadrage"] = 2 } },
                new { id = "w-a", format = "acceleration", title = "Conserverie", pitch = "Une conserverie mobile." },
            },
        });

        var session = await SnapshotAsync(created);
        var emergence = Rounds(session, "w-e");
        Assert.Equal(TimeSpan.FromMinutes(2), Duration(emergence["cadrage"]));
        Assert.Equal(TimeSpan.FromMinutes(10), Duration(emergence["ideation"]));
        Assert.Equal(TimeSpan.FromMinutes(8), Duration(emergence["regroupement"]));
        Assert.Equal(TimeSpan.FromMinutes(4), Duration(emergence["vote"]));
        Assert.Equal("Idéation silencieuse", emergence["ideation"].GetProperty("name").GetString());
        Assert.True(emergence["ideation"].GetProperty("rules").GetProperty("privateUntilReveal").GetBoolean());
        Assert.Equal("idee", emergence["ideation"].GetProperty("rules").GetProperty("columns")[0].GetProperty("key").GetString());
        Assert.Equal(3, emergence["vote"].GetProperty("rules").GetProperty("voting").GetProperty("budget").GetInt32());
        Assert.Equal(2, emergence["vote"].GetProperty("rules").GetProperty("voting").GetProperty("capPerTarget").GetInt32());
        Assert.StartsWith("Placez vos 3 gommettes", emergence["vote"].GetProperty("instructions").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(3), Duration(Rounds(session, "w-a")["pitch"]));
    }

    [Fact]
    public async Task ARoundStartedAfterwardsRunsForItsNewDuration()
    {
        var created = await _sessions.CreateAsync(new
        {
            title = "Soirée minutée",
            open = true,
            workshops = new object[]
            {
                new { id = "w-s", format = "essaimage", title = "Recyclerie", name = "La Recyclerie", roundMinutes = new Dictionary<string, int> { ["presentation"] = 45 } },
            },
        });
        await using var animator = await LiveClient.ConnectAsync(app.Server, created.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-s", "presentation");

        var round = Rounds(await SnapshotAsync(created), "w-s")["presentation"];
        var endsAt = DateTimeOffset.Parse(round.GetProperty("endsAt").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromMinutes(45), endsAt - app.Time.GetUtcNow());
    }

    [Theory]
    [InlineData("ideation", 0)]
    [InlineData("ideation", 241)]
    [InlineData("presentation", 5)]
    [InlineData("", 5)]
    public async Task UnknownRoundOrMinutesOutOfRangeAreRefused(string roundId, int minutes)
    {
        var response = await _sessions.Http.PostAsJsonAsync("/api/sessions", new
        {
            title = "Soirée",
            workshops = new object[]
            {
                new { format = "emergence", title = "Défi", challenge = "Quoi ?", roundMinutes = new Dictionary<string, int> { [roundId] = minutes } },
            },
        }).DefaultTimeout();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("input.invalid", (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
    }

    private static Dictionary<string, JsonElement> Rounds(JsonElement session, string workshopId) =>
        session.GetProperty("workshops").EnumerateArray()
            .Single(w => w.GetProperty("id").GetString() == workshopId)
            .GetProperty("rounds").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r, StringComparer.Ordinal);

    private static TimeSpan Duration(JsonElement round) =>
        TimeSpan.Parse(round.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);

    private async Task<JsonElement> SnapshotAsync(CreatedSession created)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{created.SessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", created.AnimatorToken);
        var response = await _sessions.Http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout()).GetProperty("session");
    }
}
