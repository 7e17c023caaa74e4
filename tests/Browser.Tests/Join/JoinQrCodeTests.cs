using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Join;

[Collection(ServerCollection.Name)]
public sealed class JoinQrCodeTests(ServerFixture fixture)
{
    [Fact]
    public async Task JoinQrCodeDecodesToTheJoinUrl()
    {
        var server = fixture.Server;
        var created = await server.CreateSessionAsync(new { title = "Soirée QR é", open = true });

        var decoded = QrReader.Decode(await QrSvgAsync(server, created.JoinCode));

        Assert.Equal(created.JoinUrl, decoded);
        Assert.Equal(server.Url("/j/" + created.JoinCode), decoded);
    }

    [Fact]
    public async Task JoinQrCodeAcceptsTheDisplayedCodeWithItsDash()
    {
        var server = fixture.Server;
        var created = await server.CreateSessionAsync(new { title = "Soirée QR", open = true });

        var decoded = QrReader.Decode(await QrSvgAsync(server, created.JoinCodeDisplay));

        Assert.Equal(created.JoinUrl, decoded);
    }

    [Fact]
    public async Task JoinQrCodeCarriesANonAsciiPublicBaseUrlAsUtf8()
    {
        await using var server = await ServerProcess.StartAsync("--Workshop:PublicBaseUrl", "http://salle-des-fêtes.local:5000");
        var created = await server.CreateSessionAsync(new { title = "Soirée à la salle des fêtes", open = true });

        var decoded = QrReader.Decode(await QrSvgAsync(server, created.JoinCode));

        Assert.Equal("http://salle-des-fêtes.local:5000/j/" + created.JoinCode, created.JoinUrl);
        Assert.Equal(created.JoinUrl, decoded);
    }

    [Fact]
    public async Task SnapshotGivesTheServerClockInUnixMilliseconds()
    {
        var server = fixture.Server;
        var created = await server.CreateSessionAsync(new { title = "Horloge", open = true });

        var serverNow = await server.ServerNowAsync(created.SessionId, created.AnimatorToken);

        // Same machine, same clock: only the request's own duration separates them.
        Assert.InRange(serverNow - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), -5_000, 5_000);
    }

    private static async Task<string> QrSvgAsync(ServerProcess server, string code)
    {
        using var http = server.CreateClient();
        using var response = await http.GetAsync($"/api/join/{Uri.EscapeDataString(code)}/qr.svg").DefaultTimeout();
        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync().DefaultTimeout();
    }
}
