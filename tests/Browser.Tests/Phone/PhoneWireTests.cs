using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MessagePack;
using MessagePack.Resolvers;
using Microsoft.Playwright;
using StartupTerritoire.Browser.Tests.Board;
using StartupTerritoire.Browser.Tests.Infrastructure;
using static StartupTerritoire.Browser.Tests.Infrastructure.LiveSteps;

namespace StartupTerritoire.Browser.Tests.Phone;

/// <summary>
/// The phone speaks MessagePack and receives the compact shape (docs/protocol.md §6.1): a hall's 300-note snapshot
/// arrives with numbers for field names, and the phone shows every note, each with its own text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWireTests(ServerFixture server, BrowserFixture browser)
{
    private const int Notes = 300;

    [Fact]
    public async Task APhoneReceivesAThreeHundredNoteSnapshotInTheCompactShapeAndShowsEveryNote()
    {
        var created = await BoardHall.CreateAsync(server.Server, "Soirée du foyer de Largentière");
        await using var hall = HallSeeder.For(server.Server, created);
        var texts = HallNotes.All.Take(Notes).ToList();
        var (_, noteIds) = await BoardHall.RevealedAsync(hall, texts, people: 30);
        await hall.StartRoundAsync(BoardHall.Workshop, "vote");

        await using var pocket = await browser.PhoneContextAsync();
        var (phone, errors) = await NewWatchedPageAsync(pocket);
        var sent = new List<string>();
        var received = new List<byte[]>();
        phone.WebSocket += (_, socket) =>
        {
            socket.FrameSent += (_, frame) => Record(sent, frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
            socket.FrameReceived += (_, frame) => Record(received, frame.Binary);
        };
        await JoinAsync(phone, Absolute(server.Server, created.JoinUrl), "Maëlle");

        // Every note is on the phone, each with its own text.
        var cards = phone.Locator(TestId("vote-target"));
        await Assertions.Expect(cards).ToHaveCountAsync(Notes, CountOptions).DefaultTimeout();
        Assert.Equal(noteIds.Order(StringComparer.Ordinal), (await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.targetId)").DefaultTimeout()).Order(StringComparer.Ordinal));
        foreach (var i in new[] { 0, 149, Notes - 1 })
        {
            var card = phone.Locator(TestId("vote-target", $"[data-target-id='{noteIds[i]}']"));
            await Assertions.Expect(card).ToContainTextAsync(texts[i][..Math.Min(40, texts[i].Length)], ContainsOptions).DefaultTimeout();
        }

        await Screenshots.SaveAsync(phone, "phone-wire-300-notes-vote", fullPage: false);

        // The connection is MessagePack, and the snapshot came with numbers for its field names.
        lock (sent)
        {
            Assert.Contains(sent, f => f.Contains("\"protocol\":\"messagepack\"", StringComparison.Ordinal));
        }

        var snapshot = Snapshots([.. Copy(received).SelectMany(f => f)]).First();
        var keys = Keys();
        Assert.All(snapshot.Keys.Cast<object>(), key => Assert.IsNotType<string>(key));
        var notes = Assert.IsAssignableFrom<IList>(Field(snapshot, keys, "notes"));
        Assert.Equal(Notes, notes.Count);
        var first = Assert.Single(notes.Cast<IDictionary>(), n => Equals(Field(n, keys, "id"), noteIds[0]));
        Assert.Equal(texts[0], Field(first, keys, "text"));
        errors.AssertNone();
    }

    // The value of a field written as its number (MessagePack reads small numbers as bytes, so keys are compared as numbers).
    private static object? Field(IDictionary map, string[] keys, string name)
    {
        var code = Array.IndexOf(keys, name);
        var key = map.Keys.Cast<object>().SingleOrDefault(k => k is not string && Convert.ToInt32(k, CultureInfo.InvariantCulture) == code);
        return key is null ? throw new KeyNotFoundException($"No field {name} (number {code}) in the map.") : map[key];
    }

    private static void Record<T>(List<T> frames, T? frame)
    {
        if (frame is null)
        {
            return;
        }

        lock (frames)
        {
            frames.Add(frame);
        }
    }

    private static List<byte[]> Copy(List<byte[]> frames)
    {
        lock (frames)
        {
            return [.. frames];
        }
    }

    // The snapshots of the Sync completions among what the phone received: messages one after the other (a WebSocket
    // message may hold several, or part of one), each a varint length then an array; a completion with a result is
    // [3, headers, invocationId, 3, result], and the result of Sync is an array whose fourth field is the snapshot.
    private static IEnumerable<IDictionary> Snapshots(byte[] stream)
    {
        // First comes the handshake's answer, JSON text ended by 0x1E whatever the protocol.
        var at = Array.IndexOf(stream, (byte)0x1E) + 1;
        while (at < stream.Length)
        {
            var (length, size) = (0, 0);
            byte next;
            do
            {
                next = stream[at + size];
                length |= (next & 0x7F) << (7 * size++);
            }
            while ((next & 0x80) != 0);

            var message = MessagePackSerializer.Deserialize<object[]>(stream.AsMemory(at + size, length), ContractlessStandardResolver.Options);
            at += size + length;
            if (Convert.ToInt32(message[0], CultureInfo.InvariantCulture) == 3 && message.Length == 5
                && message[4] is object[] { Length: >= 4 } result && result[3] is IDictionary snapshot)
            {
                yield return snapshot;
            }
        }
    }

    private static string[] Keys()
    {
        using var table = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.ExistingFile("web", "src", "live", "wire-keys.json")));
        return [.. table.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!)];
    }
}
