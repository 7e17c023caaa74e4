using System.Net;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>Pages of another site may not open the live connection, neither by negotiate nor by WebSocket.</summary>
public sealed class OriginTests(LimitedApplication app) : IClassFixture<LimitedApplication>
{
    private readonly LimitedApplication _app = app;

    public static TheoryData<string?, bool> Origins => new()
    {
        { null, true },
        { "http://localhost", true },
        { "https://atelier.example.org", true },
        { "https://evil.example", false },
        { "http://localhost.evil.example", false },
        { "null", false },
    };

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task NegotiateIsRefusedToPagesOfAnotherOrigin(string? origin, bool allowed)
    {
        var session = await new SessionClient(_app.CreateClient()).CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/workshop/negotiate?negotiateVersion=1");
        request.Headers.Authorization = new("Bearer", session.AnimatorToken);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        var response = await _app.CreateClient().SendAsync(request).DefaultTimeout();
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task WebSocketIsRefusedToPagesOfAnotherOrigin(string? origin, bool allowed)
    {
        var session = await new SessionClient(_app.CreateClient()).CreateAsync();
        var client = _app.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Authorization = $"Bearer {session.AnimatorToken}";
            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }
        };

        var connect = client.ConnectAsync(new Uri(_app.Server.BaseAddress, "/hubs/workshop"), CancellationToken.None).DefaultTimeout();
        if (allowed)
        {
            using var socket = await connect;
            Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
        }
        else
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => connect);
            Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        }
    }
}
