using System.Net;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Consultations;

/// <summary>
/// Visitor tokens are limited per network address like joining: a script minting tokens to support a proposal many
/// times is refused with 429 and a Retry-After, and the proposal's supports do not move.
/// </summary>
public sealed class VisitorLimitTests : IAsyncLifetime
{
    private const int Limit = 5;
    private readonly LimitedVisitorsApplication _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AnAddressTakingTooManyVisitorTokensIsRefusedAndSupportsDoNotMove()
    {
        var client = new DemarcheClient(_app.CreateClient());
        var created = await client.CreateAsync();
        var code = created.ConsultationCode;
        var first = await client.VisitorAsync(code);
        var proposal = await client.ProposeAsync(code, first, new StartupTerritoire.Server.Consultations.ProposalRequest("defi", "Garder l'école", "Comment garder l'école du village ?"));
        for (var i = 1; i < Limit; i++)
        {
            await client.OkAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{proposal}/support", await client.VisitorAsync(code), null);
        }

        var refused = await client.Http.PostAsync($"/api/consultations/{code}/visitors", null).DefaultTimeout();
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(Limit - 1, DemarcheClient.Proposal(await client.ConsultationAsync(code), proposal).GetProperty("supports").GetInt32());
    }

    private sealed class LimitedVisitorsApplication : WorkshopApplication
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Workshop:VisitorsPerAddress"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Workshop:VisitorWindow"] = "01:00:00",
        };
    }
}
