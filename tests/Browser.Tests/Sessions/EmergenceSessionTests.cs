using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StartupTerritoire.Browser.Tests.Sessions;

/// <summary>
/// One émergence evening as the room lives it: the animator prepares it on the home page and drives it from the
/// console, five phones join by the QR code, the board is projected, and one phone loses the network mid-evening.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmergenceSessionTests(ServerFixture server, BrowserFixture browser)
{
    private static readonly LocatorAssertionsToHaveCountOptions s_count = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToHaveTextOptions s_text = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToHaveAttributeOptions s_attribute = new() { Timeout = 15_000 };

    [Fact]
    public async Task WholeEmergenceSessionRunsFromTheHomePageToTheVotes()
    {
        // The animator prepares the evening on the home page and keeps the secret link.
        await using var desk = await browser.DesktopContextAsync(1440, 900);
        var console = await desk.NewPageAsync().DefaultTimeout();
        console.Dialog += (_, dialog) => dialog.AcceptAsync();
        await console.GotoAsync(server.Server.Url("/")).DefaultTimeout();
        await console.GetByTestId("title").FillAsync("Soirée créative du Val de Ligne").DefaultTimeout();
        await console.GetByTestId("add-emergence").ClickAsync().DefaultTimeout();
        var form = console.GetByTestId("workshop-form").First;
        await form.GetByTestId("more-settings").Locator("summary").ClickAsync().DefaultTimeout();
        await form.GetByTestId("workshop-title").FillAsync("Se déplacer sans voiture").DefaultTimeout();
        await form.GetByTestId("challenge").FillAsync("Comment se déplacer sans voiture dans nos villages ?").DefaultTimeout();
        await console.GetByTestId("create").ClickAsync().DefaultTimeout();
        var animatorUrl = await console.GetByTestId("animator-link").InputValueAsync().DefaultTimeout();
        Assert.Matches("/a/[A-Za-z0-9_-]+#[A-Za-z0-9_-]{43,}$", animatorUrl);

        // The console shows the join QR code: reading it gives the address phones open.
        await console.GotoAsync(animatorUrl).DefaultTimeout();
        var qr = console.GetByTestId("join-qr").Locator("svg");
        await Expect(qr).ToHaveCountAsync(1, s_count);
        var joinUrl = QrReader.Decode(await qr.EvaluateAsync<string>("svg => svg.outerHTML").DefaultTimeout());
        Assert.Equal(await console.GetByTestId("join-url").TextContentAsync().DefaultTimeout(), joinUrl);
        var workshopId = (await console.GetByTestId("workshop").First.GetAttributeAsync("data-workshop-id").DefaultTimeout())!;
        var sessionId = new Uri(animatorUrl).AbsolutePath.Split('/')[^1];
        var animatorToken = new Uri(animatorUrl).Fragment.TrimStart('#');

        // The board is opened from the console's link, on the projector.
        var boardUrl = await LiveSteps.BoardUrlAsync(server.Server, console);
        await using var projector = await browser.DesktopContextAsync(1920, 1080);
        var board = await projector.NewPageAsync().DefaultTimeout();
        await board.GotoAsync(boardUrl).DefaultTimeout();
        await Expect(board.GetByTestId("join-code")).ToHaveCountAsync(1, s_count);

        // Five phones join by the QR code's address. The last one's network will be cut later: its WebSocket goes
        // through a route the test can close, since browsers' offline mode leaves open WebSockets alone.
        var network = new UnreliableNetwork();
        var phones = new List<(IBrowserContext Context, IPage Page)>();
        string[] nicknames = ["Jeanne", "Paul", "Aïcha", "Marcel", "Lou"];
        try
        {
            foreach (var nickname in nicknames)
            {
                var context = await browser.PhoneContextAsync().DefaultTimeout();
                if (nickname == "Lou")
                {
                    await network.AttachAsync(context);
                }

                var phone = await context.NewPageAsync().DefaultTimeout();
                await phone.GotoAsync(joinUrl).DefaultTimeout();
                await phone.GetByTestId("nickname").FillAsync(nickname).DefaultTimeout();
                await phone.GetByTestId("join").ClickAsync().DefaultTimeout();
                await Expect(phone.Locator(".connection[data-state=online]")).ToHaveCountAsync(1, s_count);
                phones.Add((context, phone));
            }

            await Expect(board.GetByTestId("participant-count")).ToHaveTextAsync(new Regex(@"\b5\b"), s_text);

            // Silent ideation: the board shows how many notes there are, never what they say.
            await LiveSteps.StartRoundAsync(console, workshopId, "ideation");
            for (var i = 0; i < phones.Count; i++)
            {
                await WriteNoteAsync(phones[i].Page, $"Idée secrète {i + 1} : un minibus du marché");
            }

            foreach (var (_, phone) in phones)
            {
                await Expect(phone.GetByTestId("my-note").And(phone.Locator("[data-pending=false]"))).ToHaveCountAsync(1, s_count);
            }

            await Expect(board.GetByTestId("hidden-count")).ToHaveTextAsync("5", s_text);
            await Expect(board.GetByTestId("board-note")).ToHaveCountAsync(0, s_count);
            Assert.DoesNotContain("Idée secrète", await board.ContentAsync().DefaultTimeout(), StringComparison.Ordinal);

            // The phone's countdown follows the server's clock, not its own.
            await AssertCountdownFollowsServerAsync(phones[0].Page, sessionId, animatorToken, workshopId, "ideation");

            // Reveal: starting the next round shows every note on the board.
            await LiveSteps.StartRoundAsync(console, workshopId, "regroupement");
            await Expect(board.GetByTestId("board-note")).ToHaveCountAsync(5, s_count);
            await Expect(board.GetByTestId("board-note").Filter(new() { HasText = "Idée secrète 3" })).ToHaveCountAsync(1, s_count);

            // Lou's phone loses the network, writes two notes, is reloaded, and the network comes back.
            var lou = phones[^1];
            await network.CutAsync(lou.Context);
            await Expect(lou.Page.Locator(".connection[data-state=online]")).ToHaveCountAsync(0, s_count);
            await WriteNoteAsync(lou.Page, "Hors ligne 1 : un vélo-bus pour l'école");
            await WriteNoteAsync(lou.Page, "Hors ligne 2 : une navette le jour du marché");
            await Expect(lou.Page.Locator("[data-testid=my-note][data-pending=true]")).ToHaveCountAsync(2, s_count);
            await Assert.ThrowsAnyAsync<PlaywrightException>(() => lou.Page.ReloadAsync());
            await network.RestoreAsync(lou.Context);
            await lou.Page.GotoAsync(joinUrl).DefaultTimeout();
            await Expect(board.GetByTestId("board-note").Filter(new() { HasText = "Hors ligne 1" })).ToHaveCountAsync(1, s_count);
            await Expect(board.GetByTestId("board-note").Filter(new() { HasText = "Hors ligne 2" })).ToHaveCountAsync(1, s_count);
            await Expect(lou.Page.Locator("[data-testid=my-note][data-pending=true]")).ToHaveCountAsync(0, s_count);
            await Expect(board.GetByTestId("board-note")).ToHaveCountAsync(7, s_count);

            // The console suggests groups live from the revealed notes; nothing reaches the board until accepted.
            await console.GetByTestId("suggest").ClickAsync().DefaultTimeout();
            await Expect(console.GetByTestId("suggested-group").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            Assert.True(await console.GetByTestId("suggested-group").CountAsync().DefaultTimeout() >= 1);
            await Expect(board.GetByTestId("board-cluster")).ToHaveCountAsync(0, s_count);
            await console.GetByTestId("reject-all").ClickAsync().DefaultTimeout();
            await Expect(console.GetByTestId("suggested-group")).ToHaveCountAsync(0, s_count);

            // Clustering in the console: two regroupements, notes placed with the keyboard alternative.
            var transport = await NewClusterAsync(console, "Transport à la demande", expectedClusters: 1);
            var marche = await NewClusterAsync(console, "Le jour du marché", expectedClusters: 2);
            var notes = console.GetByTestId("console-note");
            await Expect(notes).ToHaveCountAsync(7, s_count);
            var noteIds = new List<string>();
            for (var i = 0; i < 7; i++)
            {
                noteIds.Add((await notes.Nth(i).GetAttributeAsync("data-note-id").DefaultTimeout())!);
            }

            for (var i = 0; i < noteIds.Count; i++)
            {
                var note = console.Locator($"[data-testid=console-note][data-note-id='{noteIds[i]}']");
                await note.GetByTestId("note-cluster").SelectOptionAsync(i < 4 ? transport : marche).DefaultTimeout();
                await Expect(console.Locator($"[data-testid=console-cluster][data-cluster-id='{(i < 4 ? transport : marche)}'] [data-testid=console-note][data-note-id='{noteIds[i]}']"))
                    .ToHaveCountAsync(1, s_count);
            }

            await Expect(board.GetByTestId("board-cluster")).ToHaveCountAsync(2, s_count);
            await Expect(board.GetByTestId("cluster-title").Filter(new() { HasText = "Transport à la demande" })).ToHaveCountAsync(1, s_count);

            // Dot votes within the budget: 3 dots each, at most 2 on one regroupement.
            await LiveSteps.StartRoundAsync(console, workshopId, "vote");
            foreach (var (_, phone) in phones)
            {
                var first = phone.Locator($"[data-testid=vote-target][data-target-id='{transport}']");
                var second = phone.Locator($"[data-testid=vote-target][data-target-id='{marche}']");
                await first.GetByTestId("vote-add").ClickAsync().DefaultTimeout();
                await Expect(first).ToHaveAttributeAsync("data-count", "1", s_attribute);
                await first.GetByTestId("vote-add").ClickAsync().DefaultTimeout();
                await Expect(first).ToHaveAttributeAsync("data-count", "2", s_attribute);
                await Expect(first.GetByTestId("vote-add")).ToBeDisabledAsync(new() { Timeout = 15_000 });
                await second.GetByTestId("vote-add").ClickAsync().DefaultTimeout();
                await Expect(phone.GetByTestId("votes-left")).ToHaveTextAsync("0", s_text);
                await Expect(second.GetByTestId("vote-add")).ToBeDisabledAsync(new() { Timeout = 15_000 });
            }

            // While the vote runs the board counts the voters, never the dots; the end of the vote shows them.
            await Expect(board.GetByTestId("voter-count")).ToHaveTextAsync("5 personnes ont voté", s_text);
            await Expect(board.GetByTestId("result-bar")).ToHaveCountAsync(0, s_count);
            await Screenshots.SaveAsync(board, "evening-board-vote-running");
            await using (var hall = new HallSeeder(server.Server, sessionId, new Uri(joinUrl).AbsolutePath.Split('/')[^1], animatorToken))
            {
                await hall.EndRoundAsync(workshopId, "vote");
            }

            await Expect(board.Locator($"[data-testid=result-bar][data-target-id='{transport}']")).ToHaveAttributeAsync("data-count", "10", s_attribute);
            await Expect(board.Locator($"[data-testid=result-bar][data-target-id='{marche}']")).ToHaveAttributeAsync("data-count", "5", s_attribute);
            await Screenshots.SaveAsync(board, "evening-board-votes");
            await Screenshots.SaveAsync(phones[0].Page, "evening-phone-votes");
            await Screenshots.SaveAsync(console, "evening-console-votes");
        }
        finally
        {
            foreach (var (context, _) in phones)
            {
                await context.DisposeAsync();
            }
        }
    }

    private static async Task WriteNoteAsync(IPage phone, string text)
    {
        var box = phone.GetByTestId("note-text");
        await box.FillAsync(text).DefaultTimeout();
        await box.PressAsync("Enter").DefaultTimeout();
        await Expect(box).ToHaveValueAsync(string.Empty, new() { Timeout = 15_000 });
        await Expect(box).ToBeFocusedAsync(new() { Timeout = 15_000 });
    }

    private static async Task<string> NewClusterAsync(IPage console, string title, int expectedClusters)
    {
        await console.GetByTestId("new-cluster-title").FillAsync(title).DefaultTimeout();
        await console.GetByTestId("new-cluster").ClickAsync().DefaultTimeout();
        var clusters = console.GetByTestId("console-cluster");
        await Expect(clusters).ToHaveCountAsync(expectedClusters, s_count);
        return (await clusters.Nth(expectedClusters - 1).GetAttributeAsync("data-cluster-id").DefaultTimeout())!;
    }

    /// <summary>
    /// Reads the phone's remaining time before and after asking the server for its clock and the round's end: the
    /// server's remaining time must fall between the two readings, within a second.
    /// </summary>
    private async Task AssertCountdownFollowsServerAsync(IPage phone, string sessionId, string token, string workshopId, string roundId)
    {
        var countdown = phone.GetByTestId("countdown");
        var before = long.Parse((await countdown.GetAttributeAsync("data-remaining-ms").DefaultTimeout())!, CultureInfo.InvariantCulture);
        using var http = server.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{sessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", token);
        var response = await http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
        var after = long.Parse((await countdown.GetAttributeAsync("data-remaining-ms").DefaultTimeout())!, CultureInfo.InvariantCulture);

        var serverNow = body.GetProperty("serverNow").GetInt64();
        var round = body.GetProperty("session").GetProperty("workshops").EnumerateArray()
            .Single(w => w.GetProperty("id").GetString() == workshopId)
            .GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("id").GetString() == roundId);
        var endsAt = DateTimeOffset.Parse(round.GetProperty("endsAt").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        var serverRemaining = endsAt - serverNow;

        Assert.InRange(serverRemaining, after - 1000, before + 1000);
    }
}
