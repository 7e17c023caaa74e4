using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>No token, join code or note text in any log line, even with every category at Trace.</summary>
public sealed class LogSecrecyTests
{
    [Fact]
    public async Task ASessionWithRefusalsFloodsAndForeignPagesLogsNoTokenCodeOrNoteText()
    {
        await using var app = new LoggedApplication();
        var sessions = new SessionClient(app.CreateClient());
        var secrets = new List<string>();

        var session = await sessions.CreateAsync(new
        {
            title = "Soirée",
            open = true,
            workshops = new object[] { new { id = "w", format = "emergence", title = "Défi", challenge = "Comment ?" } },
            tables = new object[] { new { name = "Table 1", workshop = 0 } },
        });
        secrets.AddRange([session.AnimatorToken, session.JoinCode, session.JoinCodeDisplay, session.JoinCode.ToLowerInvariant()]);
        foreach (var role in new[] { Role.CoAnimator, Role.Board })
        {
            secrets.Add(await sessions.TokenForAsync(session, role));
        }

        // The join flow: resolve (as typed, in lower case), the QR code, a join with a join id, and its retry.
        var joinId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        secrets.Add(joinId);
        (await sessions.Http.GetAsync($"/api/join/{session.JoinCodeDisplay.ToLowerInvariant()}").DefaultTimeout()).EnsureSuccessStatusCode();
        (await sessions.Http.GetAsync($"/api/join/{session.JoinCode}/qr.svg").DefaultTimeout()).EnsureSuccessStatusCode();
        var tableId = Wire.Text(Wire.List(await sessions.SnapshotAsync(session), "tables")[0], "id");
        Joined joined = null!;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var response = await sessions.Http.PostAsJsonAsync($"/api/join/{session.JoinCode}", new JoinRequest("Jeanne", tableId, joinId)).DefaultTimeout();
            joined = (await response.Content.ReadFromJsonAsync<Joined>().DefaultTimeout())!;
        }

        secrets.Add(joined.Token);

        // Wrong codes until the address must wait; made-up and foreign-page tokens, in the header and in the query.
        using var guesser = ClientAddresses.From(app, "203.0.113.9");
        foreach (var wrong in new[] { "YYYYYYYY", "YYYY-YYYX", "YYYYYYYW", "YYYYYYYV" })
        {
            secrets.Add(wrong);
            await guesser.GetAsync($"/api/join/{wrong}").DefaultTimeout();
        }

        const string madeUp = "aW52ZW50ZWQtdG9rZW4tdGhhdC1kb2VzLW5vdC1leGlzdC1hbnl3aGVyZQ";
        secrets.Add(madeUp);
        foreach (var (token, origin) in new[] { (madeUp, (string?)null), (joined.Token, "https://evil.example") })
        {
            using var negotiate = new HttpRequestMessage(HttpMethod.Post, $"/hubs/workshop/negotiate?negotiateVersion=1&access_token={token}");
            if (origin is not null)
            {
                negotiate.Headers.Add("Origin", origin);
            }

            Assert.False((await sessions.Http.SendAsync(negotiate).DefaultTimeout()).IsSuccessStatusCode);
            var socket = app.Server.CreateWebSocketClient();
            socket.ConfigureRequest = request => request.Headers.Origin = origin;
            await Assert.ThrowsAnyAsync<Exception>(() =>
                socket.ConnectAsync(new Uri(app.Server.BaseAddress, $"/hubs/workshop?access_token={token}"), CancellationToken.None).DefaultTimeout());
        }

        // Live: notes written, edited, refused and flooded, over both protocols.
        var texts = Enumerable.Range(0, 6).Select(i => $"Idée confidentielle numéro {i} pour le jardin partagé").ToList();
        secrets.AddRange(texts);
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.MessagePack);
        await using var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w", "ideation");
        await phone.InvokeAsync("AddNote", "n-0", "w", "idee", texts[0], null);
        await phone.InvokeAsync("EditNote", "n-0", texts[1]);
        await animator.InvokeAsync("AddNote", "n-a", "w", "idee", texts[2], null);
        var refusals = new List<string>();
        for (var i = 3; i < texts.Count; i++)
        {
            refusals.Add(await OutcomeAsync(() => phone.InvokeAsync("AddNote", $"n-{i}", "w", "idee", texts[i], null)));
        }

        refusals.Add(await OutcomeAsync(() => animator.InvokeAsync("AddNote", "n-long", "w", "idee", new string('x', 600) + texts[0], null)));
        await Assert.ThrowsAsync<HubException>(() => phone.InvokeAsync("NoSuchMethod", texts[3]));
        await phone.SyncAsync(0);

        Assert.Contains("rate.limited", refusals);
        Assert.Contains("note.too_long", refusals);
        var lines = app.Logs.Lines.ToList();
        Assert.True(lines.Count > 50, $"only {lines.Count} log lines were captured");
        var leaks = lines.Where(l => secrets.Any(secret => l.Contains(secret, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log lines hold a secret:\n{string.Join("\n", leaks.Take(20))}");
    }

    private static async Task<string> OutcomeAsync(Func<Task> call)
    {
        try
        {
            await call();
            return "ok";
        }
        catch (HubException ex)
        {
            return HubErrors.Code(ex);
        }
    }
}
