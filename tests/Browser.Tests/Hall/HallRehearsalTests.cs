using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Realtime;
using Xunit.Abstractions;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Hall;

/// <summary>
/// A whole evening rehearsed as a hall lives it: a first-time animator on a 1366×768 laptop drives it from the
/// console's next step; twelve phones join (Odile's a cheap 360×640 phone on a weak link with a slow processor, as is
/// Yvette's, who arrives late), two tables work in parallel, then the whole room comes back to a plenary émergence;
/// more than sixty French notes, one of 400 characters; the board on the projector at 1920×1080 and 1280×720. It
/// checks what people see at each step and saves a screenshot of each (hall-*.png and board-hall-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HallRehearsalTests(ServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Fermes = "Table des fermes";
    private const string Hameaux = "Table des hameaux";
    private const string Plenary = "Vivre au village demain";

    private static object Session() => new
    {
        title = "Soirée créative du Pays Beaume-Drobie",
        open = true,
        workshops = new object[]
        {
            new { id = "w-conso", format = "acceleration", title = "Conserverie mobile", holder = "Marie Chabert", pitch = "Une conserverie sur roues qui passe de ferme en ferme pour transformer les surplus en bocaux.", needs = "Un camion, un local l'hiver" },
            new
            {
                id = "w-epicerie", format = "essaimage", title = "L'épicerie qui roule", name = "L'épicerie qui roule", originTerritory = "Diois, Drôme",
                description = "Une épicerie dans un camion qui passe chaque semaine dans les hameaux, avec les produits des fermes.",
                successFactors = new[] { "Des producteurs partenaires", "Une tournée fixe" },
            },
            new { id = "w-village", format = "emergence", title = Plenary, challenge = "Comment garder la vie dans nos villages toute l'année ?", theme = "Vie locale" },
        },
        tables = new object[] { new { name = Fermes, workshop = 0 }, new { name = Hameaux, workshop = 1 } },
    };

    /// <summary>Who comes, and where they sit when they join (null: « Je ne sais pas encore »).</summary>
    private static readonly (string Name, string? Table)[] s_people =
    [
        ("Jeanne", Fermes), ("Paul", Fermes), ("Aïcha", Fermes), ("Marcel", Fermes),
        ("Lou", Hameaux), ("Bastien", Hameaux), ("Karim", Hameaux), ("Léna", Hameaux),
        ("Odile", null), ("Gérard", null), ("Nadia", null), ("Théo", null),
    ];

    [Fact]
    public async Task TwoTablesThenThePlenaryWithTwelvePhonesAndTheBoardOnTheProjector()
    {
        var created = await server.Server.CreateSessionAsync(Session());
        await using var hall = HallSeeder.For(server.Server, created);
        // Short writing étapes at the tables, so that one runs out during the rehearsal; the tables and the plenary
        // start writing at once (their presentations are skipped).
        await hall.AsAnimatorAsync("UpdateRound", "w-conso", "questions", new RoundSpec
        {
            Name = "Questions", Instructions = "Posez vos questions au porteur.", DurationSeconds = 45,
            Columns = [new ColumnSpec { Key = "question", Label = "Question" }],
        });
        foreach (var (workshop, round) in new[] { ("w-conso", "pitch"), ("w-epicerie", "presentation"), ("w-village", "cadrage") })
        {
            await hall.AsAnimatorAsync("SkipRound", workshop, round);
        }

        // The animator's laptop and the projector.
        await using var laptop = await browser.DesktopContextAsync(1366, 768);
        var (console, consoleErrors) = await NewWatchedPageAsync(laptop);
        await OpenConsoleAsync(console, Absolute(server.Server, created.AnimatorUrl));
        await using var board = await BoardScreen.OpenAsync(browser, await BoardUrlAsync(server.Server, console));
        // Rounds skipped before the first workshop do not make the console say the evening is over.
        await Assertions.Expect(console.Locator(".now-title")).ToContainTextAsync("Accueil", ContainsOptions).DefaultTimeout();
        await Shot(console, "hall-01-console-accueil");

        // Twelve phones join. Odile's cheap phone is on the hall's weak Wi-Fi (gzip only over plain HTTP).
        var phones = new Dictionary<string, Phone>();
        var joinUrl = Absolute(server.Server, created.JoinUrl);
        try
        {
            foreach (var (name, table) in s_people)
            {
                phones[name] = await JoinPhoneAsync(joinUrl, phones.Count, name, table, slow: name == "Odile");
            }

            await Assertions.Expect(console.Locator(TestId("participant-count"))).ToHaveTextAsync("12 participants", TextOptions).DefaultTimeout();
            await Assertions.Expect(board.Page.Locator(TestId("participant-count"))).ToContainTextAsync("12", ContainsOptions).DefaultTimeout();
            var odile = phones["Odile"];
            var styles = odile.Slow!.Finished.Where(x => (x.IsScript || x.IsStylesheet) && !x.FromCache).ToList();
            Assert.NotEmpty(styles);
            Assert.All(styles, x => Assert.Equal("gzip", x.ContentEncoding));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Odile's phone (400 kbit/s, 400 ms, CPU ×4): {styles.Count} scripts and styles, {styles.Sum(x => x.Bytes) / 1024.0:0.0} KB compressed (gzip), join form usable after {odile.JoinFormMs:0} ms."));

            // The tables start together; nobody sees a note field where the server would refuse the note.
            var next = console.Locator(TestId("next-step"));
            await Assertions.Expect(next).ToHaveTextAsync("Lancer les 2 tables", TextOptions).DefaultTimeout();
            await next.ClickAsync().DefaultTimeout();
            await Assertions.Expect(console.Locator(TestId("table-now"))).ToHaveCountAsync(2, CountOptions).DefaultTimeout();

            // Jeanne starts a long question at once; she will still be typing when the questions' time runs out.
            const string Draft = "Et qui conduira le camion l'hiver quand la route du col est fermée ?";
            var jeanne = phones["Jeanne"].Page;
            await jeanne.Locator(TestId("note-text")).FillAsync(Draft).DefaultTimeout();

            foreach (var (name, table) in s_people)
            {
                var page = phones[name].Page;
                if (table is null)
                {
                    await Assertions.Expect(page.Locator(TestId("table-pick"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
                    await Assertions.Expect(page.Locator(TestId("note-text"))).ToBeHiddenAsync().DefaultTimeout();
                }
                else
                {
                    await Assertions.Expect(page.Locator(TestId("workshop-title"))).ToHaveTextAsync(table == Fermes ? "Conserverie mobile" : "L'épicerie qui roule", TextOptions).DefaultTimeout();
                    await Assertions.Expect(page.Locator(TestId("note-text"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
                }
            }

            await Shot(odile.Page, "hall-02-phone-choose-table");
            await Shot(console, "hall-03-console-tables");

            // Those who had not chosen pick their table on the phone, then everyone at the farms' table asks.
            foreach (var (name, table) in new[] { ("Odile", Fermes), ("Gérard", Fermes), ("Nadia", Hameaux), ("Théo", Hameaux) })
            {
                await phones[name].Page.Locator(TestId("table-option")).Filter(new() { HasText = table }).ClickAsync().DefaultTimeout();
                await Assertions.Expect(phones[name].Page.Locator(TestId("note-text"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
            }

            var tableNotes = 0;
            foreach (var (name, question) in FermesQuestions)
            {
                await SendAsync(phones[name], null, question);
                tableNotes++;
            }

            // Time runs out while Jeanne types: her text stays, sendable for a few seconds, then kept with "pas parti",
            // never lost and never claimed as sent.
            await Assertions.Expect(jeanne.Locator(TestId("composer"))).ToHaveAttributeAsync("data-state", "grace", new() { Timeout = 60_000 }).DefaultTimeout(TimeSpan.FromSeconds(70));
            await Shot(jeanne, "hall-04-phone-time-up-grace");
            await Assertions.Expect(jeanne.Locator(TestId("composer"))).ToHaveAttributeAsync("data-state", "kept", new() { Timeout = 20_000 }).DefaultTimeout();
            await Assertions.Expect(jeanne.Locator(TestId("note-text"))).ToHaveValueAsync(Draft, new() { Timeout = 5_000 }).DefaultTimeout();
            await Assertions.Expect(jeanne.Locator(TestId("composer-time"))).ToContainTextAsync("pas parti", ContainsOptions).DefaultTimeout();
            Assert.DoesNotContain("envoyé", await jeanne.Locator(TestId("composer")).InnerTextAsync().DefaultTimeout(), StringComparison.OrdinalIgnoreCase);
            await Shot(jeanne, "hall-05-phone-time-up-kept");

            // The hamlets' table transposes the project in its columns; the board shows both tables.
            foreach (var (name, column, text) in HameauxIdeas)
            {
                await SendAsync(phones[name], column, text);
                tableNotes++;
            }

            await board.WaitForSceneAsync("tables");
            await board.CheckAtEverySizeAsync("hall-tables", ["board-table", "table-countdown"]);

            // The animator brings everyone back to the plenary: every phone writes in it within five seconds.
            await Assertions.Expect(next).ToHaveTextAsync($"Ramener toute la salle en plénière : « {Plenary} »", TextOptions).DefaultTimeout();
            await next.ClickAsync().DefaultTimeout();
            await Assertions.Expect(console.Locator(".confirm-question")).ToContainTextAsync(Hameaux, ContainsOptions).DefaultTimeout();
            var switched = Stopwatch.StartNew();
            await console.Locator(TestId("next-step-confirm")).ClickAsync().DefaultTimeout();
            var fiveSeconds = new LocatorAssertionsToBeVisibleOptions { Timeout = 5_000 };
            foreach (var phone in phones.Values)
            {
                await Assertions.Expect(phone.Page.Locator(TestId("workshop-title"))).ToHaveTextAsync(Plenary, new() { Timeout = 5_000 }).DefaultTimeout();
                await Assertions.Expect(phone.Page.Locator(TestId("note-text"))).ToBeVisibleAsync(fiveSeconds).DefaultTimeout();
            }

            var everyoneWriting = switched.Elapsed;
            Assert.InRange(everyoneWriting, TimeSpan.Zero, TimeSpan.FromSeconds(5));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Twelve phones writing in the plenary {everyoneWriting.TotalMilliseconds:0} ms after the switch."));
            await AssertNoteFieldUnderTheCountdownAsync(odile.Page);
            await Shot(odile.Page, "hall-06-phone-plenary-360x640");

            // Yvette arrives late, on another cheap phone on the weak link: from the QR code to her first note field.
            var late = Stopwatch.StartNew();
            var yvette = phones["Yvette"] = await JoinPhoneAsync(joinUrl, phones.Count, "Yvette", null, slow: true);
            await Assertions.Expect(yvette.Page.Locator(TestId("note-text"))).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Yvette (400 kbit/s, 400 ms, CPU ×4), arriving during the ideation: join form after {yvette.JoinFormMs:0} ms, first note field {late.Elapsed.TotalMilliseconds:0} ms after opening the QR code's address (typing her nickname included)."));

            // Silent ideation: four notes each, one more of 400 characters; the board only counts them.
            var ideas = HallNotes.Ideas.Take(7).SelectMany(i => i.Notes.Take(8)).Select(n => n.Text).ToList();
            var i = 0;
            foreach (var phone in phones.Values)
            {
                for (var k = 0; k < 4; k++)
                {
                    await SendAsync(phone, null, ideas[i++]);
                }
            }

            await SendAsync(phones["Gérard"], null, HallNotes.Long);
            var plenaryNotes = i + 1;

            // Karim's phone is in a dead corner of the hall: his note waits, and nothing says "envoyé" until it is.
            var karim = phones["Karim"];
            await karim.Network!.CutAsync(karim.Context);
            const string Offline = "Un point relais colis dans chaque épicerie, pour ne plus descendre à Aubenas";
            await karim.Page.Locator(TestId("note-text")).FillAsync(Offline).DefaultTimeout();
            await karim.Page.Locator(TestId("note-text")).PressAsync("Enter").DefaultTimeout();
            var waiting = karim.Page.Locator(TestId("my-note"), new() { HasText = Offline });
            await Assertions.Expect(waiting).ToHaveAttributeAsync("data-state", "pending", AttributeOptions).DefaultTimeout();
            Assert.DoesNotContain("envoyé", await karim.Page.Locator(TestId("composer-status")).InnerTextAsync().DefaultTimeout(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("envoyé", await waiting.InnerTextAsync().DefaultTimeout(), StringComparison.OrdinalIgnoreCase);
            await Shot(karim.Page, "hall-07-phone-dead-corner");
            await karim.Network.RestoreAsync(karim.Context);
            await Assertions.Expect(waiting).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();
            plenaryNotes++;
            Assert.True(tableNotes + plenaryNotes >= 60, $"Only {tableNotes + plenaryNotes} notes.");

            await Assertions.Expect(board.Page.Locator(TestId("hidden-count"))).ToHaveTextAsync(plenaryNotes.ToString(CultureInfo.InvariantCulture), TextOptions).DefaultTimeout();
            await board.CheckAtEverySizeAsync("hall-hidden", ["hidden-count"]);

            // Revealed: the board shows every note, fitted or in pages that turn, never a slow scroll.
            await ConfirmAsync(console, "next-step");
            await board.WaitForSceneAsync("notes");
            await board.CheckAtEverySizeAsync("hall-notes", ["page-indicator"]);

            // The console suggests groups; accepted, they reach the board without the machine's titles.
            await console.Locator(TestId("suggest")).ClickAsync().DefaultTimeout();
            await Assertions.Expect(console.Locator(TestId("accept-all"))).ToBeVisibleAsync(new() { Timeout = 30_000 }).DefaultTimeout(TimeSpan.FromSeconds(40));
            await Shot(console, "hall-08-console-suggestions");
            var labels = await console.Locator(".suggested-label").AllInnerTextsAsync().DefaultTimeout();
            await console.Locator(TestId("accept-all")).ClickAsync().DefaultTimeout();
            await board.WaitForSceneAsync("clusters");
            var named = await board.AttributesAsync("board-cluster", "data-named");
            Assert.NotEmpty(named);
            Assert.All(named, x => Assert.Equal("false", x));
            var wall = await board.TextAsync();
            Assert.All(labels, label => Assert.DoesNotContain(label, wall, StringComparison.Ordinal));
            await board.CheckAtEverySizeAsync("hall-clusters-suggested", ["cluster-title", "cluster-count"]);

            // The animator reads each group and names it (keeping the machine's title for the first one): the room
            // then sees the names.
            var keep = console.Locator(TestId("keep-title"));
            await keep.First.ClickAsync().DefaultTimeout();
            var clusters = console.Locator(TestId("console-cluster"));
            var given = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < await clusters.CountAsync().DefaultTimeout(); c++)
            {
                var cluster = clusters.Nth(c);
                if (await cluster.Locator(TestId("keep-title")).CountAsync().DefaultTimeout() == 0)
                {
                    continue;
                }

                var name = NameOf(await cluster.Locator(TestId("console-note")).Locator(".note-text").AllInnerTextsAsync().DefaultTimeout());
                var title = name;
                for (var n = 2; !given.Add(title); n++)
                {
                    title = string.Create(CultureInfo.InvariantCulture, $"{name} ({n})");
                }

                var input = cluster.Locator(TestId("cluster-title"));
                await input.FillAsync(title).DefaultTimeout();
                await input.PressAsync("Enter").DefaultTimeout();
                await Assertions.Expect(console.Locator(TestId("cluster-title")).Nth(c)).ToHaveValueAsync(title, new() { Timeout = 15_000 }).DefaultTimeout();
                await Assertions.Expect(cluster.Locator(TestId("keep-title"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
            }

            await Assertions.Expect(keep).ToHaveCountAsync(0, CountOptions).DefaultTimeout();

            await Assertions.Expect(board.Page.Locator(TestId("board-cluster", "[data-named='false']"))).ToHaveCountAsync(0, CountOptions).DefaultTimeout();
            await Shot(console, "hall-09-console-clusters");

            // The vote: nothing on the board counts dots while it runs.
            await ConfirmAsync(console, "next-step");
            await board.WaitForSceneAsync("vote");
            foreach (var phone in phones.Values)
            {
                var targets = phone.Page.Locator(TestId("vote-target"));
                await Assertions.Expect(targets.First).ToBeVisibleAsync(VisibleOptions).DefaultTimeout();
                var count = await targets.CountAsync().DefaultTimeout();
                for (var dot = 0; dot < 3; dot++)
                {
                    var target = targets.Nth((phone.Index + dot) % count);
                    var add = target.Locator(TestId("vote-add"));
                    if (await add.IsEnabledAsync().DefaultTimeout())
                    {
                        await add.ClickAsync().DefaultTimeout();
                    }
                }

                await Assertions.Expect(phone.Page.Locator(TestId("votes-left"))).ToHaveTextAsync("0", TextOptions).DefaultTimeout();
            }

            await Assertions.Expect(board.Page.Locator(TestId("voter-count"))).ToContainTextAsync("13", ContainsOptions).DefaultTimeout();
            Assert.DoesNotContain("gommette", await board.TextAsync(), StringComparison.OrdinalIgnoreCase);
            await Shot(phones["Odile"].Page, "hall-10-phone-vote-360x640");
            await board.CheckAtEverySizeAsync("hall-vote-running", ["cluster-title", "voter-count"]);

            // The vote ends: its results, frozen, every title and count inside the picture at both sizes.
            await ConfirmAsync(console, "end-round");
            await board.WaitForSceneAsync("results");
            var bars = board.Page.Locator(TestId("result-bar"));
            Assert.Equal(named.Length, await bars.CountAsync().DefaultTimeout());
            var dots = (await board.AttributesAsync("result-bar", "data-count")).Sum(x => int.Parse(x, CultureInfo.InvariantCulture));
            Assert.Equal(13 * 3, dots);
            await board.CheckAtEverySizeAsync("hall-vote-results", ["bar-title", "bar-count"]);
            await Shot(console, "hall-11-console-results");

            consoleErrors.AssertNone();
            board.AssertNoPageErrors();
            foreach (var phone in phones.Values)
            {
                // Karim's phone tried to reconnect while the test had cut its network: those failed requests are the point.
                if (phone.Network is null)
                {
                    phone.Errors.AssertNone();
                }

                Assert.Equal(0, await phone.Page.Locator(TestId("my-note", "[data-state='refused']")).CountAsync().DefaultTimeout());
            }

            var stored = (await server.Server.SnapshotAsync(created.SessionId, created.AnimatorToken)).GetProperty("session").GetProperty("notes").GetArrayLength();
            Assert.Equal(tableNotes + plenaryNotes, stored);
        }
        finally
        {
            foreach (var phone in phones.Values)
            {
                await phone.Context.DisposeAsync();
            }
        }
    }

    private static readonly (string Name, string Question)[] FermesQuestions =
    [
        ("Paul", "Combien de fermes faut-il pour remplir le camion chaque semaine ?"),
        ("Aïcha", "Les bocaux seront-ils vendus sur les marchés ou seulement aux fermes ?"),
        ("Marcel", "Qui paie l'autoclave, et où est-il rangé l'hiver ?"),
        ("Odile", "Est-ce que je pourrai apporter les pommes de mon verger ?"),
        ("Gérard", "Faut-il un agrément sanitaire pour vendre les conserves ?"),
    ];

    private static readonly (string Name, string Column, string Text)[] HameauxIdeas =
    [
        ("Lou", "tel-quel", "La tournée fixe chaque semaine, les gens s'organisent autour"),
        ("Bastien", "a-adapter", "Ici les routes sont étroites : un petit camion, pas un gros"),
        ("Karim", "ressources-locales", "Le garage de Rosières peut entretenir le camion"),
        ("Léna", "obstacles", "L'hiver, certains hameaux sont coupés par la neige"),
        ("Nadia", "ressources-locales", "Les producteurs du marché de Joyeuse seraient partants"),
        ("Théo", "a-adapter", "Prendre aussi les commandes par téléphone pour les anciens"),
    ];

    /// <summary>The name an animator gives a group after reading it: the idea most of its notes carry.</summary>
    private static string NameOf(IReadOnlyList<string> texts)
    {
        var ideas = HallNotes.Ardeche.GroupBy(n => n.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Idea, StringComparer.Ordinal);
        var idea = texts.Select(t => ideas.GetValueOrDefault(t.Trim())).OfType<string>().GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return idea is null ? "Autres idées" : HallNotes.TitleOf(idea);
    }

    private sealed record Phone(int Index, IBrowserContext Context, IPage Page, PageErrors Errors, SlowPhone? Slow, UnreliableNetwork? Network, double JoinFormMs);

    /// <summary>A phone scans the QR code's address, picks a nickname and, when told, its table on the join form.</summary>
    private async Task<Phone> JoinPhoneAsync(string joinUrl, int index, string name, string? table, bool slow)
    {
        var context = slow ? await browser.PhoneContextAsync(width: 360, height: 640) : await browser.PhoneContextAsync();
        var network = name == "Karim" ? new UnreliableNetwork() : null;
        if (network is not null)
        {
            await network.AttachAsync(context);
        }

        var (page, errors) = await NewWatchedPageAsync(context);
        var link = slow ? await SlowPhone.ApplyAsync(context, page, TimeSpan.FromMilliseconds(400), 400, 4, ["gzip", "deflate"]) : null;
        var started = Stopwatch.StartNew();
        await page.GotoAsync(joinUrl).DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("nickname"))).ToBeEditableAsync(new() { Timeout = 15_000 }).DefaultTimeout();
        var joinForm = started.Elapsed.TotalMilliseconds;
        await page.Locator(TestId("nickname")).FillAsync(name).DefaultTimeout();
        if (table is not null)
        {
            await page.GetByLabel(table).CheckAsync().DefaultTimeout();
        }

        if (name == "Odile")
        {
            await Shot(page, "hall-00-phone-join-360x640");
        }

        await page.Locator(TestId("join")).ClickAsync().DefaultTimeout();
        await Assertions.Expect(page.Locator(TestId("me-nickname"))).ToHaveTextAsync(name, TextOptions).DefaultTimeout();
        return new Phone(index, context, page, errors, link, network, joinForm);
    }

    /// <summary>Writes a note (choosing its column when the round has several), sends it, and waits for "envoyé".</summary>
    private static async Task SendAsync(Phone phone, string? column, string text)
    {
        if (column is not null)
        {
            await phone.Page.Locator(TestId($"column-{column}")).ClickAsync().DefaultTimeout();
        }

        var box = phone.Page.Locator(TestId("note-text"));
        await box.FillAsync(text).DefaultTimeout();
        await phone.Page.Locator(TestId("send-note")).ClickAsync().DefaultTimeout();
        var note = phone.Page.Locator(TestId("my-note"), new() { HasText = text.Length > 60 ? text[..60] : text });
        await Assertions.Expect(note).ToHaveAttributeAsync("data-state", "sent", AttributeOptions).DefaultTimeout();
    }

    /// <summary>On the small phone, the note field starts right under the countdown, in the first screen.</summary>
    private static async Task AssertNoteFieldUnderTheCountdownAsync(IPage page)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)").DefaultTimeout();
        var countdown = await page.Locator(TestId("countdown")).BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No countdown.");
        var field = await page.Locator(TestId("note-text")).BoundingBoxAsync().DefaultTimeout() ?? throw new InvalidOperationException("No note field.");
        Assert.True(field.Y >= countdown.Y + countdown.Height && field.Y - (countdown.Y + countdown.Height) <= 120, $"The note field starts {field.Y - countdown.Y - countdown.Height} px under the countdown.");
        Assert.True(field.Y + field.Height <= page.ViewportSize!.Height, "The note field ends below the first screen.");
    }

    /// <summary>A full-page screenshot from the top.</summary>
    private static async Task Shot(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)").DefaultTimeout();
        await Screenshots.SaveAsync(page, name);
    }
}
