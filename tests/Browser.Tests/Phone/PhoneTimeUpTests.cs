using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Realtime;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// Text typed as the time runs out is never lost: at 0:00 it stays with "Temps écoulé" and can still be sent during
/// the few seconds of grace the server gives; after that it is kept, across a reload, for the next writing round.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTimeUpTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task TextTypedAsTimeRunsOutStaysIsSendableDuringTheGraceAndIsKeptAfterItAcrossAReload()
    {
        var created = await server.Server.CreateSessionAsync(new
        {
            title = "Soirée de la salle polyvalente de Berrias",
            open = true,
            workshops = new object[]
            {
                new { id = "w-en", format = "emergence", title = "L'énergie du village", challenge = "Comment produire ensemble l'énergie dont le village a besoin ?" },
            },
        });
        // A short silent ideation, so the test reaches its end quickly.
        await using (var hall = HallSeeder.For(server.Server, created))
        {
            await hall.AsAnimatorAsync("UpdateRound", "w-en", "ideation", new RoundSpec
            {
                Name = "Idéation silencieuse",
                Instructions = "Écrivez vos idées, une par post-it.",
                DurationSeconds = 12,
                Columns = [new ColumnSpec { Key = "idee", Label = "Idée" }],
                PrivateUntilReveal = true,
            });
        }

        await using var consoleContext = await browser.DesktopContextAsync(1440, 900);
        var (console, consoleErrors) = await NewWatchedPageAsync(consoleContext);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var joinUrl = Absolute(server.Server, created.JoinUrl);
        await using var mireilleContext = await browser.PhoneContextAsync();
        await using var yanisContext = await browser.PhoneContextAsync();
        var (mireille, mireilleErrors) = await NewWatchedPageAsync(mireilleContext);
        var (yanis, yanisErrors) = await NewWatchedPageAsync(yanisContext);
        await JoinAsync(mireille, joinUrl, "Mireille");
        await JoinAsync(yanis, joinUrl, "Yanis");

        await StartRoundAsync(console, "w-en", "ideation");
        const string Sent = "Des panneaux solaires sur le toit de l'école, financés par les habitants";
        const string Kept = "Une chaufferie au bois pour la mairie et la salle des fêtes";
        await mireille.Locator(TestId("note-text")).FillAsync(Sent).DefaultTimeout();
        await yanis.Locator(TestId("note-text")).FillAsync(Kept).DefaultTimeout();

        // 0:00: the text stays, the time is up, and a few seconds remain to send it.
        var composer = mireille.Locator(TestId("composer"));
        await Assertions.Expect(composer).ToHaveAttributeAsync("data-state", "grace", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(mireille.Locator(TestId("countdown"))).ToHaveTextAsync("0:00", TextOptions).DefaultTimeout();
        await Assertions.Expect(mireille.Locator(TestId("composer-time"))).ToContainTextAsync("Temps écoulé", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(mireille.Locator(TestId("composer-time"))).ToContainTextAsync("encore quelques secondes", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(mireille.Locator(TestId("note-text"))).ToHaveValueAsync(Sent).DefaultTimeout();
        await Screenshots.SaveAsync(mireille, "phone-timeup-grace");
        await mireille.Locator(TestId("send-note")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(mireille.Locator(TestId("my-note"), new() { HasText = Sent })).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();

        // Yanis did not send: after the grace his text is still there, marked as not gone, and cannot be sent now.
        var kept = yanis.Locator(TestId("composer"));
        await Assertions.Expect(kept).ToHaveAttributeAsync("data-state", "kept", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(yanis.Locator(TestId("composer-time"))).ToContainTextAsync("pas parti", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(yanis.Locator(TestId("note-text"))).ToHaveValueAsync(Kept).DefaultTimeout();
        await Assertions.Expect(yanis.Locator(TestId("send-note"))).ToBeHiddenAsync().DefaultTimeout();
        await Screenshots.SaveAsync(yanis, "phone-timeup-kept");

        // A reload keeps it.
        await yanis.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(kept).ToHaveAttributeAsync("data-state", "kept", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(yanis.Locator(TestId("note-text"))).ToHaveValueAsync(Kept).DefaultTimeout();

        // The next writing round of the same workshop takes it. The animator starts it once the console shows the
        // writing round ended: pressed earlier, starting it still asks to cut the running round short, and that
        // question goes away by itself when the round's end reaches the console.
        await Assertions.Expect(Round(console, "w-en", "ideation")).ToHaveAttributeAsync("data-status", "ended", AttributeOptions).DefaultTimeout();
        await StartRoundAsync(console, "w-en", "regroupement");
        await Assertions.Expect(kept).ToHaveAttributeAsync("data-state", "open", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(yanis.Locator(TestId("note-text"))).ToHaveValueAsync(Kept).DefaultTimeout();
        await yanis.Locator(TestId("send-note")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(yanis.Locator(TestId("my-note"), new() { HasText = Kept })).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();

        var snapshot = await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken);
        Assert.Equal(2, snapshot.GetProperty("session").GetProperty("notes").GetArrayLength());
        consoleErrors.AssertNone();
        mireilleErrors.AssertNone();
        yanisErrors.AssertNone();
    }
}
