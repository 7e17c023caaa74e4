using System.Net;
using System.Net.Http.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>Join-code guessing: long codes, and failed attempts limited per address and for the whole server.</summary>
public sealed class JoinGuessingTests
{
    private const string Hall = "198.51.100.7";
    private const string Guesser = "203.0.113.66";

    [Fact]
    public async Task CodesAreEightUnambiguousCharactersAndAreAcceptedHoweverTheyAreTyped()
    {
        await using var app = new LimitedApplication();
        var sessions = new SessionClient(ClientAddresses.From(app, Hall));
        var session = await sessions.CreateAsync();

        Assert.Equal(8, session.JoinCode.Length);
        Assert.All(session.JoinCode, c => Assert.Contains(c, JoinCode.Alphabet));
        Assert.DoesNotContain(JoinCode.Alphabet, c => c is '0' or 'O' or '1' or 'I' or 'L');
        Assert.Equal($"{session.JoinCode[..4]}-{session.JoinCode[4..]}", session.JoinCodeDisplay);

        var typed = $" {session.JoinCode[..4].ToLowerInvariant()} - {session.JoinCode[4..]} ";
        var info = await sessions.Http.GetFromJsonAsync<JoinInfo>($"/api/join/{Uri.EscapeDataString(typed)}").DefaultTimeout();
        Assert.Equal(session.SessionId, info!.SessionId);
        Assert.Equal(session.SessionId, (await sessions.JoinAsync(session.JoinCodeDisplay.ToLowerInvariant(), "Jeanne")).SessionId);
    }

    [Fact]
    public async Task AnAddressThatKeepsGuessingWaitsWith429AndRetryAfterWhileOthersStillJoin()
    {
        await using var app = new LimitedApplication();
        var session = await new SessionClient(ClientAddresses.From(app, Hall)).CreateAsync();
        using var guesser = ClientAddresses.From(app, Guesser);

        for (var i = 0; i < LimitedApplication.FailuresPerAddress; i++)
        {
            var wrong = await guesser.GetAsync($"/api/join/{WrongCode(i)}").DefaultTimeout();
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }

        // Used up: refused before any lookup, even with the right code, on every endpoint that takes a code.
        foreach (var request in new Func<Task<HttpResponseMessage>>[]
        {
            () => guesser.GetAsync($"/api/join/{session.JoinCode}"),
            () => guesser.PostAsJsonAsync($"/api/join/{session.JoinCode}", new JoinRequest("Intrus", null)),
            () => guesser.GetAsync($"/api/join/{session.JoinCode}/qr.svg"),
        })
        {
            var refused = await request().DefaultTimeout();
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After names a delay");
            Assert.Equal("rate.limited", (await refused.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
        }

        Assert.Equal(session.SessionId, (await new SessionClient(ClientAddresses.From(app, Hall)).JoinAsync(session.JoinCode, "Jeanne")).SessionId);
        Assert.Equal(1, await ParticipantCountAsync(app, session));
    }

    [Fact]
    public async Task ThreeHundredPhonesBehindOneAddressAllJoinEvenWithAFewTypos()
    {
        await using var app = new LimitedApplication();
        var session = await new SessionClient(ClientAddresses.From(app, Hall)).CreateAsync();
        using var hall = ClientAddresses.From(app, Hall);
        var sessions = new SessionClient(hall);

        // A few phones mistype first (under the per-address limit), then everybody types the right code.
        for (var i = 0; i < LimitedApplication.FailuresPerAddress - 1; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await hall.GetAsync($"/api/join/{WrongCode(i)}").DefaultTimeout()).StatusCode);
        }

        var joined = new List<Joined>();
        foreach (var wave in Enumerable.Range(0, 300).Chunk(20))
        {
            joined.AddRange(await Task.WhenAll(wave.Select(i => sessions.JoinAsync(session.JoinCode, $"Personne {i}"))));
        }

        Assert.Equal(300, joined.Select(j => j.ParticipantId).Distinct().Count());
        Assert.Equal(300, await ParticipantCountAsync(app, session));
    }

    [Fact]
    public async Task GuessingSpreadOverManyAddressesHoldsBackOnlyAddressesThatFailed()
    {
        await using var app = new LimitedApplication();
        var session = await new SessionClient(ClientAddresses.From(app, Hall)).CreateAsync();

        // Each address fails once: no address reaches its own limit, but together they use up the server's.
        for (var i = 0; i < LimitedApplication.FailuresGlobal; i++)
        {
            using var bot = ClientAddresses.From(app, $"192.0.2.{i + 1}");
            Assert.Equal(HttpStatusCode.NotFound, (await bot.GetAsync($"/api/join/{WrongCode(i)}").DefaultTimeout()).StatusCode);
        }

        using var failedBefore = ClientAddresses.From(app, "192.0.2.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await failedBefore.GetAsync($"/api/join/{session.JoinCode}").DefaultTimeout()).StatusCode);

        // A phone in the hall that typed the right code the first time is not held up.
        Assert.Equal(session.SessionId, (await new SessionClient(ClientAddresses.From(app, Hall)).JoinAsync(session.JoinCode, "Jeanne")).SessionId);
    }

    [Fact]
    public async Task ARefusedNicknameIsNotCountedAsGuessing()
    {
        await using var app = new LimitedApplication();
        var session = await new SessionClient(ClientAddresses.From(app, Hall)).CreateAsync();
        using var hall = ClientAddresses.From(app, Hall);
        for (var i = 0; i < LimitedApplication.FailuresPerAddress * 2; i++)
        {
            var refused = await hall.PostAsJsonAsync($"/api/join/{session.JoinCode}", new JoinRequest("", null)).DefaultTimeout();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(session.SessionId, (await new SessionClient(hall).JoinAsync(session.JoinCode, "Jeanne")).SessionId);
    }

    // Codes of the right shape; the test's one soirée has a random code, so these lead nowhere (a clash is ~1 in 10^11).
    private static string WrongCode(int i) => $"YYYY{JoinCode.Alphabet[i % JoinCode.Alphabet.Length]}{JoinCode.Alphabet[i / JoinCode.Alphabet.Length]}YY";

    private static async Task<int> ParticipantCountAsync(WorkshopApplication app, CreatedSession session) =>
        (await new SessionClient(ClientAddresses.From(app, Hall)).SnapshotAsync(session)).GetProperty("participants").GetArrayLength();
}
