using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Api;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Console;

/// <summary>
/// Two people at a table have no smartphone. The table's co-animator adds them in their console and writes for each
/// of them in turn: their notes count like everyone's, each person keeps their own draft, and the phone of someone
/// who joined on their own is never offered.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssistedParticipantsTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task ACoAnimatorWritesForTwoPeopleWithoutAPhoneAndSwitchesBetweenThem()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée créative de Largentière",
            open = true,
            workshops = new object[]
            {
                new { id = "w-conso", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie sur roues qui passe de ferme en ferme pour transformer les surplus." },
                new { id = "w-ress", format = "acceleration", title = "Ressourcerie", holder = "Paul", pitch = "Réparer et revendre au village." },
            },
            tables = new object[] { new { name = "Table des fermes", workshop = 0 }, new { name = "Table de la réparation", workshop = 1 } },
        });
        var snapshot = await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken);
        var tableId = snapshot.GetProperty("session").GetProperty("tables")[0].GetProperty("id").GetString()!;
        CreatedLink coAnimator;
        using (var http = server.Server.CreateClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{created.SessionId}/links/coanimator") { Content = System.Net.Http.Json.JsonContent.Create(new LinkRequest(tableId)) };
            request.Headers.Authorization = new("Bearer", created.AnimatorToken);
            using var response = await http.SendAsync(request).DefaultTimeout();
            response.EnsureSuccessStatusCode();
            coAnimator = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<CreatedLink>(response.Content).DefaultTimeout())!;
        }

        await using (var hall = HallSeeder.For(server.Server, created))
        {
            await hall.StartRoundAsync("w-conso", "questions");
        }

        await using var tablet = await browser.DesktopContextAsync(1280, 800);
        var (console, errors) = await NewWatchedPageAsync(tablet);
        await console.GotoAsync(Absolute(server.Server, coAnimator.Url)).DefaultTimeout();
        var panel = console.Locator(TestId("assisted"));
        await Assertions.Expect(panel).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();

        // Jeanne is added: her view opens at once, on her table's workshop, with its note field.
        await panel.Locator(TestId("assisted-name")).FillAsync("Jeanne").DefaultTimeout();
        await panel.Locator(TestId("assisted-add")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(panel.Locator(TestId("assisted-for"))).ToHaveTextAsync("Vous écrivez pour Jeanne.", TextOptions).DefaultTimeout();
        var jeanne = panel.Locator(TestId("assisted-view")).Filter(new() { Visible = true });
        await Assertions.Expect(jeanne.Locator(TestId("workshop-title"))).ToHaveTextAsync("Conserverie mobile", TextOptions).DefaultTimeout();
        await jeanne.Locator(TestId("note-text")).FillAsync("Le camion pourra-t-il monter jusqu'aux fermes du plateau l'hiver ?").DefaultTimeout();
        await jeanne.Locator(TestId("send-note")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(jeanne.Locator(TestId("my-note", "[data-state='sent']"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await jeanne.Locator(TestId("note-text")).FillAsync("Et le prix du bocal ?").DefaultTimeout();
        await Screenshots.SaveAsync(console, "console-assisted-jeanne");

        // Pierre is added; Jeanne's half-typed question stays hers.
        await panel.Locator(TestId("assisted-name")).FillAsync("Pierre").DefaultTimeout();
        await panel.Locator(TestId("assisted-name")).PressAsync("Enter").DefaultTimeout();
        await Assertions.Expect(panel.Locator(TestId("assisted-for"))).ToHaveTextAsync("Vous écrivez pour Pierre.", TextOptions).DefaultTimeout();
        var pierre = panel.Locator(TestId("assisted-view")).Filter(new() { Visible = true });
        await Assertions.Expect(pierre.Locator(TestId("note-text"))).ToHaveValueAsync("", new() { Timeout = 15_000 }).DefaultTimeout();
        await pierre.Locator(TestId("note-text")).FillAsync("Qui garde les clés du local ?").DefaultTimeout();
        await pierre.Locator(TestId("send-note")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(pierre.Locator(TestId("my-note", "[data-state='sent']"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();

        await panel.Locator(TestId("assisted-person")).Filter(new() { HasText = "Jeanne" }).ClickAsync().DefaultTimeout();
        await Assertions.Expect(panel.Locator(TestId("assisted-for"))).ToHaveTextAsync("Vous écrivez pour Jeanne.", TextOptions).DefaultTimeout();
        var back = panel.Locator(TestId("assisted-view")).Filter(new() { Visible = true });
        await Assertions.Expect(back.Locator(TestId("note-text"))).ToHaveValueAsync("Et le prix du bocal ?", new() { Timeout = 15_000 }).DefaultTimeout();
        await Screenshots.SaveAsync(console, "console-assisted-switch");

        // Both notes are theirs on the server, at their table, like anyone's.
        var after = (await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken)).GetProperty("session");
        var participants = after.GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("nickname").GetString()!, p => p);
        Assert.True(participants["Jeanne"].GetProperty("assisted").GetBoolean());
        Assert.Equal(tableId, participants["Pierre"].GetProperty("tableId").GetString());
        var authors = after.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("authorId").GetString()).ToList();
        Assert.Contains(participants["Jeanne"].GetProperty("id").GetString(), authors);
        Assert.Contains(participants["Pierre"].GetProperty("id").GetString(), authors);

        // Someone who joined with their own phone at this table is not offered.
        using (var http = server.Server.CreateClient())
        {
            using var join = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, $"/api/join/{created.JoinCode}", new JoinRequest("Lucie", tableId)).DefaultTimeout();
            join.EnsureSuccessStatusCode();
        }

        await Assertions.Expect(console.Locator(TestId("participant-count"))).ToContainTextAsync("3", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(panel.Locator(TestId("assisted-person"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        errors.AssertNone();
    }
}
