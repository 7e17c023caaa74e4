using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// Reads event payloads the same way whichever protocol carried them: JSON gives JsonElement, MessagePack gives
/// dictionaries and lists of primitives.
/// </summary>
public static class Wire
{
    public static object? Get(object? data, params string[] path)
    {
        var current = data;
        foreach (var key in path)
        {
            current = current switch
            {
                JsonElement { ValueKind: JsonValueKind.Object } e => e.TryGetProperty(key, out var v) ? v : null,
                IDictionary d => d.Contains(key) ? d[key] : null,
                _ => null,
            };
        }

        return current;
    }

    public static string? Text(object? data, params string[] path) => Get(data, path) switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement e => e.GetRawText(),
        var v => Convert.ToString(v, CultureInfo.InvariantCulture),
    };

    public static long Number(object? data, params string[] path) => Get(data, path) switch
    {
        JsonElement e => e.GetInt64(),
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };

    public static IReadOnlyList<object?> List(object? data, params string[] path) => Get(data, path) switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } e => [.. e.EnumerateArray().Select(x => (object?)x)],
        IList l => [.. l.Cast<object?>()],
        _ => [],
    };
}
