using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Storage;

/// <summary>
/// The JSON form of events and snapshots, shared by both stores and the wire. Event types are discovered from the
/// engine (a soirée's and a working group's) so a new event cannot be forgotten; the discriminator is the event's
/// type name ("NoteAdded"). Only state is written: a property computed from others (<c>Workshop.ActiveRound</c>) is
/// left out.
/// </summary>
internal static class SessionJson
{
    public static readonly IReadOnlyDictionary<string, Type> EventTypes = typeof(StreamEvent).Assembly
        .GetTypes()
        .Where(t => t.IsSubclassOf(typeof(StreamEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static string EventTypeName(StreamEvent e) => e.GetType().Name;

    public static string SerializeEvent(StreamEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    public static StreamEvent DeserializeEvent(string type, string json)
    {
        if (!EventTypes.TryGetValue(type, out var clrType))
        {
            throw new JsonException($"Unknown event type '{type}'.");
        }

        return (StreamEvent)(JsonSerializer.Deserialize(json, clrType, Options)
            ?? throw new JsonException($"Empty payload for event '{type}'."));
    }

    public static string SerializeSnapshot(SessionSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static SessionSnapshot DeserializeSnapshot(string json) =>
        JsonSerializer.Deserialize<SessionSnapshot>(json, Options) ?? throw new JsonException("Empty snapshot.");

    /// <summary>A group's snapshot as the stores keep it: its texts and shared canvas entries written once.</summary>
    public static string SerializeGroupSnapshot(GroupSnapshot snapshot) => JsonSerializer.Serialize(StoredGroupSnapshot.From(snapshot), Options);

    public static GroupSnapshot DeserializeGroupSnapshot(string json)
    {
        try
        {
            return (JsonSerializer.Deserialize<StoredGroupSnapshot>(json, Options) ?? throw new JsonException("Empty snapshot.")).ToSnapshot();
        }
        catch (JsonException)
        {
            // A snapshot written before texts were shared holds the state as it stood; the next one is shared.
            return JsonSerializer.Deserialize<GroupSnapshot>(json, Options) ?? throw new JsonException("Empty snapshot.");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputedProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }

    // A property that nothing can set (no setter, no constructor parameter) is derived from the others: reading it
    // back is impossible, and on the wire it would be a field docs/protocol.md does not list, which clients would
    // come to rely on. The engine's convenience properties stay in the engine.
    private static void LeaveOutComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i] is { Set: null, AssociatedParameter: null })
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
