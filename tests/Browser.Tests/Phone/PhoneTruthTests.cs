using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Api;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// The phone says a note is sent only once the server acknowledged it: a note typed in a dead zone waits, a note
/// the server refuses says so with the reason and keeps its text, and nothing says "envoyé" before it is true.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneTruthTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task ANoteWrittenWithoutNetworkWaitsAndSaysSentOnlyOnceTheServerHasIt()
    {
        var created = await CreateAsync("Soirée du foyer rural de Joyeuse");
        await using var room = await IdeationAsync(created, "Lou");
        var phone = room.Phone;

        // The Wi-Fi dies; Lou writes anyway.
        await room.CutAsync();
        const string Text = "Une navette le jour du marché, qui passe par les hameaux";
        await WriteNoteAsync(phone, null, Text);
        var note = phone.Locator(TestId("my-note"), new() { HasText = Text });
        await Assertions.Expect(note).ToHaveAttributeAsync("data-state", "pending", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(note.Locator(TestId("note-state"))).ToHaveTextAsync("en attente d'envoi", TextOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("composer-status"))).ToContainTextAsync("En attente d'envoi", ContainsOptions).DefaultTimeout();

        // However long the dead zone lasts, nothing on the page says it went, and the server indeed has nothing.
        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.DoesNotMatch(Sent(), await phone.Locator("body").InnerTextAsync().DefaultTimeout());
        }

        Assert.Equal(0, await NoteCountAsync(created));
        await Screenshots.SaveAsync(phone, "phone-offline-pending");

        // The network comes back: the note reaches the server once, and only then says "envoyé".
        await room.Network.RestoreAsync(room.PhoneContext);
        await Assertions.Expect(note).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(note.Locator(TestId("note-state"))).ToHaveTextAsync("envoyé ✓", TextOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("composer-status"))).ToContainTextAsync("Post-it envoyé", ContainsOptions).DefaultTimeout();
        Assert.Equal(1, await NoteCountAsync(created));
        await Screenshots.SaveAsync(phone, "phone-offline-sent");
        room.ConsoleErrors.AssertNone();
    }

    [Fact]
    public async Task ANoteTheServerRefusesSaysRefusedWithItsReasonKeepsItsTextAndGoesOnceSentAgain()
    {
        var created = await CreateAsync("Soirée de la médiathèque de Vallon");
        await using var room = await IdeationAsync(created, "Aïcha");
        var (console, phone) = (room.Console, room.Phone);

        // Aïcha writes in a dead zone; meanwhile the animator ends the silent ideation.
        await room.CutAsync();
        const string Text = "Un garage solidaire pour réparer les vélos électriques";
        await WriteNoteAsync(phone, null, Text);
        await ConfirmAsync(console, "end-round");
        await Assertions.Expect(Round(console, "w-mob", "ideation")).ToHaveAttributeAsync("data-status", "ended", AttributeOptions).DefaultTimeout();

        // Back online, the server refuses the note: the phone says so, why, and keeps the text; nothing says sent.
        await room.Network.RestoreAsync(room.PhoneContext);
        var note = phone.Locator(TestId("my-note"), new() { HasText = Text });
        await Assertions.Expect(note).ToHaveAttributeAsync("data-state", "refused", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(note.Locator(TestId("note-state"))).ToHaveTextAsync("refusé", TextOptions).DefaultTimeout();
        await Assertions.Expect(note.Locator(TestId("note-refusal"))).ToContainTextAsync("l'étape est terminée", ContainsOptions).DefaultTimeout();
        await Assertions.Expect(note.Locator(TestId("resend-note"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Assertions.Expect(note.Locator(TestId("withdraw-note"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        Assert.DoesNotMatch(Sent(), await phone.Locator("body").InnerTextAsync().DefaultTimeout());
        await Screenshots.SaveAsync(phone, "phone-refused");

        // The refused text survives a reload.
        await phone.ReloadAsync().DefaultTimeout();
        await Assertions.Expect(note).ToHaveAttributeAsync("data-state", "refused", AttributeOptions).DefaultTimeout();

        // Its cause goes (a writing round of the same workshop starts): the reason goes with it and it can go again.
        await StartRoundAsync(console, "w-mob", "regroupement");
        await Assertions.Expect(note.Locator(TestId("note-refusal"))).ToContainTextAsync("vous pouvez le renvoyer", ContainsOptions).DefaultTimeout();
        await note.Locator(TestId("resend-note")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(note).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("my-note", "[data-state='refused']"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        await Assertions.Expect(phone.Locator(TestId("note-refusal"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        Assert.Equal(1, await NoteCountAsync(created));
        await Screenshots.SaveAsync(phone, "phone-refused-resent");
        room.ConsoleErrors.AssertNone();
    }

    /// <summary>The console and one phone whose network the test can cut, in the workshop's silent ideation.</summary>
    private async Task<Room> IdeationAsync(CreatedSession created, string nickname)
    {
        var desk = await browser.DesktopContextAsync(1440, 900);
        var (console, consoleErrors) = await NewWatchedPageAsync(desk);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        var network = new UnreliableNetwork();
        var pocket = await browser.PhoneContextAsync();
        await network.AttachAsync(pocket);
        var phone = await pocket.NewPageAsync().DefaultTimeout();
        await JoinAsync(phone, Absolute(server.Server, created.JoinUrl), nickname);
        await StartRoundAsync(console, "w-mob", "ideation");
        await Assertions.Expect(phone.Locator(TestId("note-text"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
        return new Room(desk, console, consoleErrors, pocket, phone, network);
    }

    private Task<CreatedSession> CreateAsync(string title) => server.Server.CreateSessionAsync(new
    {
        title,
        open = true,
        workshops = new object[]
        {
            new { id = "w-mob", format = "emergence", title = "Se déplacer sans voiture", challenge = "Comment aller au marché et chez le médecin sans voiture ?", theme = "Mobilité" },
        },
    });

    private async Task<int> NoteCountAsync(CreatedSession created) =>
        (await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken)).GetProperty("session").GetProperty("notes").GetArrayLength();

    private sealed record Room(IBrowserContext ConsoleContext, IPage Console, PageErrors ConsoleErrors, IBrowserContext PhoneContext, IPage Phone, UnreliableNetwork Network)
        : IAsyncDisposable
    {
        /// <summary>Cuts the phone's network and waits until it knows.</summary>
        public async Task CutAsync()
        {
            await Network.CutAsync(PhoneContext);
            await Assertions.Expect(Phone.Locator(".connection[data-state=online]")).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
        }

        public async ValueTask DisposeAsync()
        {
            await PhoneContext.DisposeAsync();
            await ConsoleContext.DisposeAsync();
        }
    }

    /// <summary>"envoyé" in any case (not "envoyer", the button).</summary>
    [GeneratedRegex("envoyé", RegexOptions.IgnoreCase)]
    private static partial Regex Sent();
}
