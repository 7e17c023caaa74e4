using System.Text;
using System.Text.Json.Serialization.Metadata;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// MessagePack clients get the compact shape (docs/protocol.md §6.1): messages as arrays, field names and event types
/// as numbers from web/src/live/wire-keys.json. The bytes are pinned here; the table covers every name the server can
/// send; JSON clients still get names.
/// </summary>
public sealed class CompactShapeTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    // Names a map on the wire may carry as strings on purpose, although the table could number them. None today.
    private static readonly string[] s_leftAsStrings = [];

    private static EventBatch Batch => new()
    {
        SessionId = "s1",
        ServerNow = 1000,
        Events =
        [
            new EventMessage
            {
                Seq = 7,
                Type = nameof(NoteAdded),
                At = 999,
                Data = new Dictionary<string, object?> { ["noteId"] = "n1", ["hidden"] = false, ["mood"] = "x", ["noteIds"] = new List<object?> { "a" } },
            },
            new EventMessage { Seq = 8, Type = "SomethingNew", At = 999, Data = new Dictionary<string, object?>() },
        ],
    };

    [Fact]
    public void AnEventBatchIsWrittenForMessagePackAsArraysWithTheTablesNumbersAndUnknownNamesAsStrings()
    {
        var options = app.Services.GetRequiredService<IOptions<MessagePackHubProtocolOptions>>().Value.SerializerOptions;

        var bytes = MessagePackSerializer.Serialize(Batch, options);

        Assert.Equal(
            "93 A2 73 31 92 "                                 // [ "s1", [
            + "94 07 00 CD 03 E7 84 "                         //   [ 7, NoteAdded = 0, 999, {
            + "03 A2 6E 31 08 C2 A4 6D 6F 6F 64 A1 78 "       //     noteId = 3: "n1", hidden = 8: false, "mood": "x",
            + "14 91 A1 61 "                                  //     noteIds = 20: [ "a" ] } ],
            + "94 08 AC 53 6F 6D 65 74 68 69 6E 67 4E 65 77 CD 03 E7 80 " // [ 8, "SomethingNew", 999, {} ] ],
            + "CD 03 E8",                                     // 1000 ]
            Convert.ToHexString(bytes).Chunk(2).Select(c => new string(c)).Aggregate((a, b) => $"{a} {b}"));

        // A .NET client reads it back into the names (the server's formatters work both ways).
        var read = MessagePackSerializer.Deserialize<EventBatch>(bytes, options);
        Assert.Equal(new[] { nameof(NoteAdded), "SomethingNew" }, read.Events.Select(e => e.Type));
        Assert.Equal(new[] { "noteId", "hidden", "mood", "noteIds" }, Assert.IsType<Dictionary<string, object?>>(read.Events[0].Data).Keys);
    }

    [Fact]
    public void JsonClientsStillGetNamedFields()
    {
        var json = app.Services.GetServices<IHubProtocol>().Single(p => p.Name == Protocol.Json);

        var text = Encoding.UTF8.GetString(json.GetMessageBytes(new InvocationMessage(nameof(IWorkshopClient.Events), [Batch])).Span);

        Assert.Contains("""{"sessionId":"s1","events":[{"seq":7,"type":"NoteAdded","at":999,"data":{"noteId":"n1","hidden":false,"mood":"x","noteIds":["a"]}}""", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFieldNameAndEventTypeTheServerCanSendHasANumberInTheTable()
    {
        Assert.Equal(CompactShape.Keys, WireKeys.Keys);
        Assert.Equal(CompactShape.Types, WireKeys.Types);
        Assert.Equal(CompactShape.Keys.Count, CompactShape.Keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(CompactShape.Types.Count, CompactShape.Types.Distinct(StringComparer.Ordinal).Count());

        var names = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var sent = SessionJson.EventTypes.Values.Where(t => t.IsSubclassOf(typeof(SessionEvent))).ToList();
        foreach (var type in sent.Append(typeof(SessionSnapshot)))
        {
            Walk(type, type.Name, names, problems, []);
        }

        Assert.Empty(problems);
        Assert.Empty(names.Except(CompactShape.Keys.Concat(s_leftAsStrings), StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Empty(sent.Select(t => t.Name).Except(CompactShape.Types, StringComparer.Ordinal));

        // Field names are never all digits: a page reads such a key as a number from the table (web/src/live/wire.ts).
        Assert.DoesNotContain(names, n => n.All(char.IsAsciiDigit));
    }

    // Every property name reachable from a type as the wire writes it (WirePayload goes through the same JSON options).
    private static void Walk(Type type, string path, ISet<string> names, List<string> problems, HashSet<Type> visiting)
    {
        var info = SessionJson.Options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Dictionary:
                // Its keys would be data (ids), which the page could not tell from the table's numbers.
                problems.Add($"{path} is a dictionary: maps on the wire must hold field names only.");
                break;
            case JsonTypeInfoKind.Enumerable:
                Walk(info.ElementType!, $"{path}[]", names, problems, visiting);
                break;
            case JsonTypeInfoKind.Object when visiting.Add(type):
                foreach (var property in info.Properties)
                {
                    names.Add(property.Name);
                    Walk(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, $"{path}.{property.Name}", names, problems, visiting);
                }

                visiting.Remove(type);
                break;
        }
    }
}
