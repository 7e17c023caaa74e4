using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Groups;

/// <summary>
/// A working group's "Atelier canvas" run live on the same hub as an evening, hybrid: a co-animator launches it from
/// the group's space on a laptop and drives it from the console; two members enter it from the group's space on their
/// phones (360×640) as themselves, a third from a laptop at home; they write into the canvas's blocks within the
/// timed writing étape; afterwards the co-animator harvests: ticks what the room wrote and keeps it in the canvas,
/// which then shows it as kept in a meeting, and sets it as the canvas's next version.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveMeetingTests(ServerFixture server, BrowserFixture browser)
{
    private const string Workshop = "w-meeting";

    [Fact]
    public async Task AnAtelierCanvasRunsLiveAndWhatTheRoomWroteIsKeptInTheCanvas()
    {
        var (groupId, code, seat) = await CreateGroupAsync();
        var members = new Dictionary<string, (string Token, string Id)>();
        foreach (var name in new[] { "Sylvie", "Karim", "Hélène" })
        {
            members[name] = await JoinGroupAsync(code, name);
        }

        await PlanMeetingAsync(groupId, seat, "m-atelier", "Atelier canvas n°1");

        // The co-animator launches the meeting live in "Atelier canvas": the console opens beside the group's space.
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (co, coErrors) = await NewWatchedPageAsync(laptop);
        await co.GotoAsync(server.Server.Url($"/gr/{groupId}#{seat}")).DefaultTimeout();
        var meeting = co.Locator(TestId("meeting", "[data-meeting-id='m-atelier']"));
        await meeting.Locator(TestId("live-format")).SelectOptionAsync("atelierCanvas").DefaultTimeout();
        var console = await laptop.RunAndWaitForPageAsync(() => meeting.Locator(TestId("live-go")).ClickAsync()).DefaultTimeout();
        await Assertions.Expect(console.Locator(TestId("round")).First).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(console.Locator("#run-of-show-heading")).ToHaveTextAsync("Déroulé de la réunion", TextOptions).DefaultTimeout();
        Assert.DoesNotContain("soirée", await console.Locator(".console-header").InnerTextAsync().DefaultTimeout(), StringComparison.OrdinalIgnoreCase);
        await Assertions.Expect(meeting.Locator(TestId("live-running"))).ToContainTextAsync("en direct", ContainsOptions).DefaultTimeout();
        var liveCode = (await meeting.Locator(TestId("live-code")).InnerTextAsync().DefaultTimeout()).Trim();
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", liveCode);
        await Screenshots.SaveAsync(co, "group-live-1-space-live-1366");

        // The members enter from the group's space: two on phones, one on a laptop at home.
        var phones = new List<IPage>();
        var errors = new List<PageErrors> { coErrors };
        foreach (var (name, width, height) in new[] { ("Sylvie", 360, 640), ("Karim", 360, 640), ("Hélène", 1366, 768) })
        {
            var context = width < 400 ? await browser.PhoneContextAsync(width: width, height: height) : await browser.DesktopContextAsync(width, height);
            var (page, pageErrors) = await NewWatchedPageAsync(context);
            errors.Add(pageErrors);
            await page.GotoAsync(server.Server.Url($"/gr/{groupId}#{members[name].Token}")).DefaultTimeout();
            var join = page.Locator(TestId("meeting", "[data-meeting-id='m-atelier']")).Locator(TestId("live-join"));
            await join.ClickAsync().DefaultTimeout();
            await Assertions.Expect(page.Locator(TestId("me-nickname"))).ToHaveTextAsync(name, TextOptions).DefaultTimeout();
            Assert.Contains("/j/", page.Url, StringComparison.Ordinal);
            phones.Add(page);
        }

        // The writing étape: the canvas's blocks are the columns.
        await StartRoundAsync(console, Workshop, "ecriture");
        var sylvie = phones[0];
        await Assertions.Expect(sylvie.Locator(TestId("column-proposition"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await WriteNoteAsync(sylvie, "proposition", "Des bocaux de légumes du plateau toute l'année");
        await WriteNoteAsync(phones[1], "couts", "Un autoclave d'occasion, environ 3 000 €");
        await WriteNoteAsync(phones[2], "partenaires", "La chambre d'agriculture pour les normes d'hygiène");
        await WriteNoteAsync(sylvie, "segments", "Les cantines des écoles du canton");
        await MySentNoteAsync(sylvie, "Les cantines des écoles du canton");
        await Screenshots.SaveAsync(sylvie, "group-live-2-phone-writing-360", fullPage: false);
        await Assertions.Expect(console.Locator(TestId("console-note"))).ToHaveCountAsync(4, CountOptions).DefaultTimeout();
        await Screenshots.SaveAsync(console, "group-live-3-console-1366", fullPage: false);

        // Afterwards, the harvest: what the room wrote, block by block, ticked and kept.
        await co.BringToFrontAsync().DefaultTimeout();
        await meeting.Locator(TestId("live-harvest")).ClickAsync().DefaultTimeout();
        var harvest = meeting.Locator(TestId("harvest"));
        await Assertions.Expect(harvest.Locator(TestId("harvest-note"))).ToHaveCountAsync(4, CountOptions).DefaultTimeout();
        await harvest.Locator("li", new() { HasText = "Des bocaux de légumes" }).Locator(TestId("harvest-note")).CheckAsync().DefaultTimeout();
        await harvest.Locator("li", new() { HasText = "autoclave" }).Locator(TestId("harvest-note")).CheckAsync().DefaultTimeout();
        await harvest.Locator("li", new() { HasText = "cantines" }).Locator(TestId("harvest-note")).CheckAsync().DefaultTimeout();
        var keep = harvest.Locator(TestId("harvest-keep"));
        await Assertions.Expect(keep).ToHaveTextAsync("Garder dans le canevas (3)", TextOptions).DefaultTimeout();
        await harvest.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(co, "group-live-4-harvest-1366");
        await keep.ClickAsync().DefaultTimeout();

        var kept = co.Locator(TestId("canvas-item")).Filter(new() { Has = co.Locator(".tag", new() { HasText = "gardé en réunion" }) });
        await Assertions.Expect(kept).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-block", "[data-block='couts']"))).ToContainTextAsync("Un autoclave d'occasion", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(harvest.Locator(".harvest-row.kept")).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("pending-item"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();

        // Keeping again changes nothing; the canvas becomes its version 1.
        await Assertions.Expect(harvest.Locator(TestId("harvest-note") + ":not([disabled])")).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Assertions.Expect(keep).ToBeDisabledAsync(new() { Timeout = 5_000 }).DefaultTimeout();
        await co.Locator(TestId("canvas-version-label")).FillAsync("Après l'atelier canvas n°1").DefaultTimeout();
        await co.Locator(TestId("canvas-save-version")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-save-version"))).ToHaveTextAsync("Enregistrer la version 2", TextOptions).DefaultTimeout();
        await co.Locator("#canvas-title").ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(co, "group-live-5-canvas-kept-1366", fullPage: false);

        // A "Plan d'action" meeting: actions proposed on phones, an action card made in the console, members sign up,
        // and the harvest turns the card into an action owned by the member who took it.
        await PlanMeetingAsync(groupId, seat, "m-plan", "Plan d'action de février");
        await co.ReloadAsync().DefaultTimeout();
        var plan = co.Locator(TestId("meeting", "[data-meeting-id='m-plan']"));
        await plan.Locator(TestId("live-format")).SelectOptionAsync("planAction").DefaultTimeout();
        var planConsole = await laptop.RunAndWaitForPageAsync(() => plan.Locator(TestId("live-go")).ClickAsync()).DefaultTimeout();
        await Assertions.Expect(planConsole.Locator(TestId("round")).First).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        var karim = phones[1];
        await karim.GotoAsync(server.Server.Url($"/gr/{groupId}")).DefaultTimeout();
        await karim.Locator(TestId("meeting", "[data-meeting-id='m-plan']")).Locator(TestId("live-join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(karim.Locator(TestId("me-nickname"))).ToHaveTextAsync("Karim", TextOptions).DefaultTimeout();
        await StartRoundAsync(planConsole, Workshop, "propositions");
        await WriteNoteAsync(karim, null, "Demander trois devis d'autoclave d'occasion");
        await StartRoundAsync(planConsole, Workshop, "engagements");
        await planConsole.Locator(TestId("new-piste-title")).FillAsync("Devis de l'autoclave").DefaultTimeout();
        await planConsole.Locator(TestId("add-piste")).ClickAsync().DefaultTimeout();
        var card = karim.Locator(TestId("piste"), new() { HasText = "Devis de l'autoclave" });
        await card.Locator(TestId("sign-up")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-signed", "true", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(karim.Locator("body")).ToContainTextAsync("Ces cartes d'action deviendront les actions du groupe", ContainsOptions).DefaultTimeout();
        Assert.Equal(0, await card.Locator(TestId("consent")).CountAsync().DefaultTimeout());
        await Screenshots.SaveAsync(karim, "group-live-6-phone-plan-signed-360", fullPage: false);

        await co.BringToFrontAsync().DefaultTimeout();
        await plan.Locator(TestId("live-harvest")).ClickAsync().DefaultTimeout();
        var planHarvest = plan.Locator(TestId("harvest"));
        var row = planHarvest.Locator("li", new() { HasText = "Devis de l'autoclave" });
        await Assertions.Expect(row.Locator(TestId("harvest-owner"))).ToHaveValueAsync(members["Karim"].Id, new() { Timeout = 15_000 }).DefaultTimeout();
        await row.Locator(TestId("harvest-card")).CheckAsync().DefaultTimeout();
        await row.Locator(TestId("harvest-due")).FillAsync("2027-03-01").DefaultTimeout();
        await planHarvest.ScrollIntoViewIfNeededAsync().DefaultTimeout();
        await Screenshots.SaveAsync(co, "group-live-7-plan-harvest-1366");
        await planHarvest.Locator(TestId("harvest-keep")).ClickAsync().DefaultTimeout();
        var action = co.Locator(TestId("action"), new() { HasText = "Devis de l'autoclave" });
        await Assertions.Expect(action).ToContainTextAsync("Karim · 1 mars 2027", ContainsOptions).DefaultTimeout();
        errors.Add(PageErrors.Watch(planConsole));

        foreach (var watched in errors)
        {
            watched.AssertNone();
        }

        foreach (var page in phones)
        {
            await page.Context.CloseAsync().DefaultTimeout();
        }
    }

    private async Task<(string GroupId, string Code, string Seat)> CreateGroupAsync()
    {
        using var http = server.Server.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/groups", new { name = "Conserverie solidaire du Vivarais", promise = "Transformer les surplus des fermes du plateau", language = "fr" }).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
        return (created.GetProperty("groupId").GetString()!, created.GetProperty("joinCode").GetString()!,
            GroupSeeder.TokenOf(created.GetProperty("seats")[0].GetProperty("url").GetString()!));
    }

    private async Task<(string Token, string Id)> JoinGroupAsync(string code, string nickname)
    {
        using var http = server.Server.CreateClient();
        using var response = await http.PostAsJsonAsync($"/api/groups/join/{code}", new { nickname, joinId = Guid.NewGuid().ToString("N") }).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        var joined = await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
        return (joined.GetProperty("token").GetString()!, joined.GetProperty("memberId").GetString()!);
    }

    private async Task PlanMeetingAsync(string groupId, string seat, string meetingId, string title)
    {
        using var http = server.Server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", seat);
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        using var response = await http.PutAsJsonAsync($"/api/groups/{groupId}/meetings/{meetingId}",
            new { title, startsAt, durationMinutes = 120, place = "Salle des associations de Lamastre", agenda = "Compléter le modèle économique", minutes = "", decisions = Array.Empty<string>() }).DefaultTimeout();
        response.EnsureSuccessStatusCode();
    }
}
