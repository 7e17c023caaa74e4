using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// Reads what a MessagePack client receives the way the pages do (web/src/live/wire.ts), from the key table file and
/// docs/protocol.md's field orders rather than from the server's types: messages are arrays in a fixed order, and
/// inside event data and snapshots numbers stand for field names and event types. Gives maps with the names a JSON
/// client sees, so one check serves both protocols.
/// </summary>
public static class CompactShape
{
    private static readonly Lazy<(string[] Keys, string[] Types)> s_table = new(Load);

    /// <summary>Field names by number, as the table file lists them.</summary>
    public static IReadOnlyList<string> Keys => s_table.Value.Keys;

    /// <summary>Event type names by number, as the table file lists them.</summary>
    public static IReadOnlyList<string> Types => s_table.Value.Types;

    public static Dictionary<string, object?> EventBatch(object? raw)
    {
        var batch = Fields(raw, "sessionId", "events", "serverNow");
        batch["events"] = Items(batch["events"]).Select(EventMessage).ToList();
        return batch;
    }

    public static Dictionary<string, object?> SyncResult(object? raw)
    {
        var result = Fields(raw, "me", "version", "events", "snapshot", "serverNow");
        result["me"] = Fields(result["me"], "sessionId", "role", "id", "tableId");
        result["events"] = result["events"] is null ? null : Items(result["events"]).Select(EventMessage).ToList();
        result["snapshot"] = Data(result["snapshot"]);
        return result;
    }

    public static Dictionary<string, object?> SuggestionBatch(object? raw)
    {
        var batch = Fields(raw, "sessionId", "workshopId", "version", "granularity", "groups", "placements");
        batch["groups"] = Items(batch["groups"]).Select(g => (object?)Fields(g, "existingClusterId", "label", "subtitle", "noteIds")).ToList();
        batch["placements"] = Items(batch["placements"]).Select(p => (object?)Fields(p, "noteId", "clusterId")).ToList();
        return batch;
    }

    /// <summary>Event data or a snapshot with its field numbers turned back into names, at every depth.</summary>
    public static object? Data(object? value) => value switch
    {
        IDictionary map => map.Keys.Cast<object>().ToDictionary(KeyName, k => Data(map[k]), StringComparer.Ordinal),
        IList list and not byte[] => list.Cast<object?>().Select(Data).ToList(),
        _ => value,
    };

    private static object? EventMessage(object? raw)
    {
        var message = Fields(raw, "seq", "type", "at", "data");
        message["type"] = message["type"] is string name ? name : Types[Convert.ToInt32(message["type"], CultureInfo.InvariantCulture)];
        message["data"] = Data(message["data"]);
        return message;
    }

    private static string KeyName(object key) => key as string ?? Keys[Convert.ToInt32(key, CultureInfo.InvariantCulture)];

    // The protocol may append fields to a message; a client reads those it knows.
    private static Dictionary<string, object?> Fields(object? raw, params string[] names)
    {
        var values = raw as IList ?? throw new InvalidOperationException($"Expected a message as an array ({string.Join(", ", names)}), found {raw ?? "null"}.");
        return names.Select((name, i) => (name, value: i < values.Count ? values[i] : null)).ToDictionary(f => f.name, f => f.value, StringComparer.Ordinal);
    }

    private static IEnumerable<object?> Items(object? raw) => raw as IEnumerable<object?> ?? (raw as IList)?.Cast<object?>() ?? [];

    private static (string[] Keys, string[] Types) Load()
    {
        using var table = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.ExistingFile("web", "src", "live", "wire-keys.json")));
        return (Names(table.RootElement, "keys"), Names(table.RootElement, "types"));
    }

    private static string[] Names(JsonElement table, string list) => [.. table.GetProperty(list).EnumerateArray().Select(e => e.GetString()!)];
}
