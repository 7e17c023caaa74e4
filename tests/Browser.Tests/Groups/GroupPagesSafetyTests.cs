using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Groups;

/// <summary>
/// A working group's space with hostile text in every field people type (the card, nicknames, canvas entries,
/// actions, milestones, meetings): on a co-animator's laptop and a member's phone it shows as text and nothing of it
/// runs; and the space, its join page and an invitation have no serious accessibility violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GroupPagesSafetyTests(ServerFixture server, BrowserFixture browser)
{
    private const string Markup = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

    [Fact]
    public async Task HostileTextInEveryFieldOfAGroupStaysTextOnItsPages()
    {
        var (groupId, code, seat) = await CreateGroupAsync("Projet " + Markup, "=HYPERLINK(\"http://x\";\"y\") <b>gras</b>");
        var member = await JoinAsync(code, "<img src=x onerror=alert(1)>");
        using (var bySeat = new GroupSeeder(server.Server, groupId, seat))
        {
            foreach (var block in new[] { "proposition", "segments", "couts", "impact" })
            {
                await bySeat.PutCanvasAsync(block, $"{Markup} {block}");
            }

            await bySeat.PutMilestoneAsync("<iframe src=javascript:alert(1)> jalon", "2027-06-30", "inProgress");
            await bySeat.PutActionAsync("=cmd|' /C calc'!A0 <b>action</b>", "<svg onload=alert(1)>", "2027-01-31");
        }

        using (var byMember = new GroupSeeder(server.Server, groupId, member))
        {
            await byMember.PutCanvasAsync("partenaires", "[lien](javascript:alert(1)) " + Markup);
        }

        var dialogs = 0;
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        await using var phoneContext = await browser.PhoneContextAsync(width: 360, height: 640);
        var (co, coErrors) = await NewWatchedPageAsync(laptop);
        var (phone, phoneErrors) = await NewWatchedPageAsync(phoneContext);
        foreach (var page in new[] { co, phone })
        {
            page.Dialog += (_, dialog) =>
            {
                Interlocked.Increment(ref dialogs);
                _ = dialog.DismissAsync();
            };
        }

        await co.GotoAsync(server.Server.Url($"/gr/{groupId}#{seat}")).DefaultTimeout();
        await phone.GotoAsync(server.Server.Url($"/gr/{groupId}#{member}")).DefaultTimeout();
        foreach (var page in new[] { co, phone })
        {
            await Assertions.Expect(page.Locator(TestId("canvas-item"))).ToHaveCountAsync(5, CountOptions).DefaultTimeout();
            var text = await page.Locator("body").InnerTextAsync().DefaultTimeout();
            Assert.Contains("Projet " + Markup, text, StringComparison.Ordinal);
            Assert.Contains(Markup + " proposition", text, StringComparison.Ordinal);
            Assert.Contains("=cmd|' /C calc'!A0 <b>action</b>", text, StringComparison.Ordinal);
            Assert.Contains("<img src=x onerror=alert(1)>", text, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("img[src='x'], script:not([src]), b, iframe, svg[onload]").CountAsync().DefaultTimeout());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), page.Url);
        }

        // Typed on the page itself, hostile text goes to the server and comes back as text.
        await phone.Locator(TestId("canvas-block", "[data-block='revenus']")).Locator(TestId("canvas-add")).ClickAsync().DefaultTimeout();
        await phone.Locator(TestId("canvas-new-text")).FillAsync("\"><svg onload=alert(1)> revenus").DefaultTimeout();
        await phone.Locator(TestId("canvas-submit")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("canvas-block", "[data-block='revenus']")).Locator(TestId("canvas-item"))).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\"><svg onload=alert\\(1\\)> revenus"), TextOptions).DefaultTimeout();
        Assert.Equal(0, await phone.Locator("svg[onload]").CountAsync().DefaultTimeout());

        Assert.Equal(0, dialogs);
        coErrors.AssertNone();
        phoneErrors.AssertNone();
    }

    [Fact]
    public async Task TheGroupsSpaceItsJoinPageAndAnInvitationHaveNoSeriousAccessibilityViolations()
    {
        var (groupId, code, seat) = await CreateGroupAsync("Ressourcerie du Val de Ligne", "Réparer, revendre et apprendre à réparer au village");
        var member = await JoinAsync(code, "Odile");
        using (var bySeat = new GroupSeeder(server.Server, groupId, seat))
        {
            await bySeat.PutCanvasAsync("proposition", "Des objets réparés plutôt que jetés");
            await bySeat.PutMilestoneAsync("Ouverture du local un samedi sur deux", "2027-04-03", "planned");
            await bySeat.PutActionAsync("Visiter la ressourcerie de Privas", "Paul", "2027-02-15");
        }

        await using var laptop = await browser.DesktopContextAsync(1366, 768, bypassCsp: true);
        await using var phoneContext = await browser.PhoneContextAsync(bypassCsp: true, width: 360, height: 640);
        var co = await laptop.NewPageAsync().DefaultTimeout();
        await co.GotoAsync(server.Server.Url($"/gr/{groupId}#{seat}")).DefaultTimeout();
        await Assertions.Expect(co.Locator(TestId("canvas-item"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await co.Locator(TestId("canvas-add")).First.ClickAsync().DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(co);

        var phone = await phoneContext.NewPageAsync().DefaultTimeout();
        await phone.GotoAsync(server.Server.Url($"/gr/{groupId}#{member}")).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("canvas-item"))).ToHaveCountAsync(1, CountOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(phone);

        // A phone that holds no link to the group yet (one that does goes straight to the group's space).
        await using var newcomer = await browser.PhoneContextAsync(bypassCsp: true, width: 360, height: 640);
        var joining = await newcomer.NewPageAsync().DefaultTimeout();
        await joining.GotoAsync(server.Server.Url($"/g/{code}")).DefaultTimeout();
        await Assertions.Expect(joining.Locator(TestId("group-nickname"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Axe.AssertNoSeriousViolationsAsync(joining);
    }

    private async Task<(string GroupId, string Code, string Seat)> CreateGroupAsync(string name, string promise)
    {
        using var http = server.Server.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/groups", new { name, promise, language = "fr" }).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
        var seat = created.GetProperty("seats")[0].GetProperty("url").GetString()!;
        return (created.GetProperty("groupId").GetString()!, created.GetProperty("joinCode").GetString()!, GroupSeeder.TokenOf(seat));
    }

    private async Task<string> JoinAsync(string code, string nickname)
    {
        using var http = server.Server.CreateClient();
        using var response = await http.PostAsJsonAsync($"/api/groups/join/{code}", new { nickname, joinId = Guid.NewGuid().ToString("N") }).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout()).GetProperty("token").GetString()!;
    }
}
