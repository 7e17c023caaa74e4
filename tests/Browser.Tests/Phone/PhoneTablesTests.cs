using System.Diagnostics;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// A soirée with two tables working in parallel, then a plenary workshop: nobody is trapped without a table, no note
/// field is ever shown where the server would refuse the note, and every phone follows the plenary.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTablesTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task APhoneJoinedWithoutATableChoosesOneBeforeAnyNoteFieldAndFollowsThePlenaryWithinFiveSeconds()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée créative de la vallée du Chassezac",
            open = true,
            workshops = new object[]
            {
                new { id = "w-mob", format = "emergence", title = "Se déplacer sans voiture", challenge = "Comment aller au marché, au médecin et à la gare sans voiture dans nos villages ?" },
                new { id = "w-ali", format = "emergence", title = "Manger local", challenge = "Comment nourrir les cantines avec ce qui pousse dans la vallée ?" },
                new { id = "w-conso", format = "acceleration", title = "Conserverie mobile", holder = "Marie", pitch = "Une conserverie sur roues qui passe de ferme en ferme pour transformer les surplus." },
            },
            tables = new object[] { new { name = "Table des Chênes", workshop = 0 }, new { name = "Table du Lavoir", workshop = 1 } },
        });
        await using var consoleContext = await browser.DesktopContextAsync(1440, 900);
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var joinUrl = Absolute(server.Server, created.JoinUrl);

        // Jeanne joins without choosing: nothing is chosen for her. Paul picks his table on the join form.
        await using var jeanneContext = await browser.PhoneContextAsync();
        await using var paulContext = await browser.PhoneContextAsync();
        var (jeanne, jeanneErrors) = await NewWatchedPageAsync(jeanneContext);
        var (paul, paulErrors) = await NewWatchedPageAsync(paulContext);
        await jeanne.GotoAsync(joinUrl).DefaultTimeout();
        var radios = jeanne.Locator(TestId("join-table"));
        await Assertions.Expect(radios).ToHaveCountAsync(3, CountOptions).DefaultTimeout();
        Assert.Equal(0, await jeanne.Locator($"{TestId("join-table")}:checked").CountAsync().DefaultTimeout());
        await Screenshots.SaveAsync(jeanne, "phone-tables-join");
        await JoinAsync(jeanne, joinUrl, "Jeanne");
        await paul.GotoAsync(joinUrl).DefaultTimeout();
        await paul.Locator(TestId("nickname")).FillAsync("Paul").DefaultTimeout();
        await paul.GetByLabel("Table des Chênes").CheckAsync().DefaultTimeout();
        await paul.Locator(TestId("join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(paul.Locator(TestId("me-nickname"))).ToHaveTextAsync("Paul", TextOptions).DefaultTimeout();

        // The tables start their silent ideation: the room is at tables.
        await StartRoundAsync(console, "w-mob", "ideation");
        await StartRoundAsync(console, "w-ali", "ideation");

        // Paul writes at once on his table's workshop; Jeanne is asked for her table, with nothing to write yet.
        await Assertions.Expect(paul.Locator(TestId("workshop-title"))).ToHaveTextAsync("Se déplacer sans voiture", TextOptions).DefaultTimeout();
        await Assertions.Expect(paul.Locator(TestId("note-text"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        var pick = jeanne.Locator(TestId("table-pick"));
        await Assertions.Expect(pick).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await Assertions.Expect(jeanne.Locator(TestId("note-text"))).ToBeHiddenAsync().DefaultTimeout();
        await Assertions.Expect(jeanne.Locator(TestId("vote-add"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        var options = pick.Locator(TestId("table-option"));
        await Assertions.Expect(options).ToHaveCountAsync(2, CountOptions).DefaultTimeout();
        await Assertions.Expect(options.Nth(0)).ToContainTextAsync("Se déplacer sans voiture", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(options.Nth(1)).ToContainTextAsync("Manger local", ContainsOptions).DefaultTimeout();
        await Screenshots.SaveAsync(jeanne, "phone-tables-choose");

        // She taps her table: its workshop and the note field come, and her note goes.
        await options.Filter(new() { HasText = "Table du Lavoir" }).ClickAsync().DefaultTimeout();
        await Assertions.Expect(jeanne.Locator(TestId("workshop-title"))).ToHaveTextAsync("Manger local", TextOptions).DefaultTimeout();
        await Assertions.Expect(pick).ToBeHiddenAsync().DefaultTimeout();
        await Assertions.Expect(jeanne.GetByRole(AriaRole.Textbox, new() { Name = "Votre idée" })).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        await WriteNoteAsync(jeanne, null, "Une légumerie partagée à la salle des fêtes pour les cantines");
        await WriteNoteAsync(paul, null, "Un covoiturage du jeudi pour le marché de Vans");
        foreach (var (phone, text) in new[] { (jeanne, "Une légumerie partagée"), (paul, "Un covoiturage du jeudi") })
        {
            var mine = phone.Locator(TestId("my-note"), new() { HasText = text });
            await Assertions.Expect(mine).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();
        }

        // The animator brings the room back to a plenary workshop with the console's next step (it asks, since the
        // tables have not finished): every phone follows it within five seconds.
        var next = console.Locator(TestId("next-step"));
        await Assertions.Expect(next).ToHaveTextAsync("Ramener toute la salle en plénière : « Conserverie mobile »", TextOptions).DefaultTimeout();
        await next.ClickAsync().DefaultTimeout();
        var switched = Stopwatch.StartNew();
        await console.Locator(TestId("next-step-confirm")).ClickAsync().DefaultTimeout();
        var fiveSeconds = new LocatorAssertionsToHaveTextOptions { Timeout = 5000 };
        await Assertions.Expect(jeanne.Locator(TestId("workshop-title"))).ToHaveTextAsync("Conserverie mobile", fiveSeconds).DefaultTimeout();
        await Assertions.Expect(paul.Locator(TestId("workshop-title"))).ToHaveTextAsync("Conserverie mobile", fiveSeconds).DefaultTimeout();
        Assert.InRange(switched.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));

        // After the pitch, the questions.
        await Assertions.Expect(next).ToHaveTextAsync("Démarrer « Questions » (4 min)", TextOptions).DefaultTimeout();
        await ConfirmAsync(console, "next-step");
        foreach (var phone in new[] { jeanne, paul })
        {
            await Assertions.Expect(phone.Locator(TestId("round-name"))).ToHaveTextAsync("Questions", TextOptions).DefaultTimeout();
            await Assertions.Expect(phone.GetByRole(AriaRole.Textbox, new() { Name = "Votre question" })).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        }

        await WriteNoteAsync(jeanne, null, "Combien de fermes faut-il pour remplir la conserverie chaque semaine ?");
        await Assertions.Expect(jeanne.Locator(TestId("my-note"), new() { HasText = "Combien de fermes" }))
            .ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();
        await Screenshots.SaveAsync(jeanne, "phone-tables-plenary");

        // Not one note was refused for anyone's place, and the server has all three.
        foreach (var phone in new[] { jeanne, paul })
        {
            Assert.Equal(0, await phone.Locator(TestId("my-note", "[data-state='refused']")).CountAsync().DefaultTimeout());
            Assert.DoesNotContain("vérifiez votre table", await phone.Locator("body").InnerTextAsync().DefaultTimeout(), StringComparison.Ordinal);
        }

        var snapshot = await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken);
        Assert.Equal(3, snapshot.GetProperty("session").GetProperty("notes").GetArrayLength());
        consoleErrors.AssertNone();
        jeanneErrors.AssertNone();
        paulErrors.AssertNone();
    }
}
