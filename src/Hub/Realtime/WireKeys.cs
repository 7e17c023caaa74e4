using System.Collections.Frozen;
using System.Text.Json;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The fixed table MessagePack clients share with the server (web/src/live/wire-keys.json, embedded at build): the
/// field names written as small integers in event data and snapshots, and the event type names written as integers.
/// A name's number is its position in its list, so the lists only ever grow at their end; a name not in them is
/// written as a string, which is how a field added later reaches clients that do not know it yet.
/// </summary>
internal static class WireKeys
{
    /// <summary>The resource name the Hub's build gives the table.</summary>
    public const string ResourceName = "StartupTerritoire.Server.wire-keys.json";

    private static readonly (string[] Keys, string[] Types) s_table = Load();

    /// <summary>Field names, by number.</summary>
    public static IReadOnlyList<string> Keys => s_table.Keys;

    /// <summary>Event type names, by number.</summary>
    public static IReadOnlyList<string> Types => s_table.Types;

    /// <summary>Each field name's number.</summary>
    public static FrozenDictionary<string, int> KeyCodes { get; } = Index(s_table.Keys);

    /// <summary>Each event type name's number.</summary>
    public static FrozenDictionary<string, int> TypeCodes { get; } = Index(s_table.Types);

    private static (string[] Keys, string[] Types) Load()
    {
        using var stream = typeof(WireKeys).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The Hub was built without its wire key table ({ResourceName}).");
        using var table = JsonDocument.Parse(stream);
        return (Names(table.RootElement, "keys"), Names(table.RootElement, "types"));
    }

    private static string[] Names(JsonElement table, string list) =>
        [.. table.GetProperty(list).EnumerateArray().Select(name => name.GetString() ?? throw new InvalidOperationException($"A {list} entry of the wire key table is not a name."))];

    private static FrozenDictionary<string, int> Index(string[] names) =>
        names.Select((name, code) => KeyValuePair.Create(name, code)).ToFrozenDictionary(StringComparer.Ordinal);
}
