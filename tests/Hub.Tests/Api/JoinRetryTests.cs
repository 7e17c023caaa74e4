using System.Net;
using System.Net.Http.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Api;

/// <summary>A phone that sends its join again after a lost answer stays one participant.</summary>
public sealed class JoinRetryTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Fact]
    public async Task AJoinSentAgainWithTheSameJoinIdAnswersTheSameParticipantAndToken()
    {
        var session = await _sessions.CreateAsync();
        var joinId = NewJoinId();

        var first = await JoinAsync(session, "Jeanne", joinId);
        var retry = await JoinAsync(session, "Jeanne", joinId);

        Assert.Equal(first.ParticipantId, retry.ParticipantId);
        Assert.Equal(first.Token, retry.Token);
        Assert.Equal(first.Version, retry.Version);
        Assert.Single(Participants(await _sessions.SnapshotAsync(session)));
        await using var phone = await LiveClient.ConnectAsync(app.Server, retry.Token, Protocol.Json);
        Assert.Equal(first.ParticipantId, (await phone.SyncAsync(0)).Me.Id);
    }

    [Fact]
    public async Task RetriesRacingEachOtherStillMakeOneParticipant()
    {
        var session = await _sessions.CreateAsync();
        var joinId = NewJoinId();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => JoinAsync(session, "Paul", joinId)));

        Assert.Single(answers.Select(a => a.ParticipantId).Distinct());
        Assert.Single(answers.Select(a => a.Token).Distinct());
        Assert.Single(Participants(await _sessions.SnapshotAsync(session)));
    }

    [Fact]
    public async Task DifferentPhonesWithTheSameNicknameAreDifferentParticipants()
    {
        var session = await _sessions.CreateAsync();

        var a = await JoinAsync(session, "Marie", NewJoinId());
        var b = await JoinAsync(session, "Marie", NewJoinId());

        Assert.NotEqual(a.ParticipantId, b.ParticipantId);
        Assert.Equal(2, Participants(await _sessions.SnapshotAsync(session)).Count);
    }

    [Theory]
    [InlineData("court")]
    [InlineData("pas de blancs dans un identifiant de jonction!!")]
    public async Task AJoinIdTooShortOrMalformedIsRefusedAndJoinsNobody(string joinId)
    {
        var session = await _sessions.CreateAsync();

        var response = await _sessions.Http.PostAsJsonAsync($"/api/join/{session.JoinCode}", new JoinRequest("Jeanne", null, joinId)).DefaultTimeout();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("input.invalid", (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
        Assert.Empty(Participants(await _sessions.SnapshotAsync(session)));
    }

    private async Task<Joined> JoinAsync(CreatedSession session, string nickname, string joinId)
    {
        var response = await _sessions.Http.PostAsJsonAsync($"/api/join/{session.JoinCode}", new JoinRequest(nickname, null, joinId)).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Joined>().DefaultTimeout())!;
    }

    private static IReadOnlyList<object?> Participants(System.Text.Json.JsonElement session) => Wire.List(session, "participants");

    private static string NewJoinId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
