using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Turns engine records into plain maps, lists and scalars with camelCase keys. Both hub protocols carry these
/// the same way, so the wire shape is the one documented in docs/protocol.md, not the CLR types behind it.
/// </summary>
internal static class WirePayload
{
    // Bounds the shared items below (a few tens of MB at most: about a kilobyte each); cleared whole when full, which
    // only costs converting them again.
    private const int MaxSharedItems = 20_000;
    private static readonly ConcurrentDictionary<object, object?> s_sharedItems = new();
    private static readonly ConcurrentDictionary<Type, bool> s_flat = new();

    public static object? From(object? value) => value switch
    {
        null => null,
        SessionSnapshot snapshot => FromSnapshot(snapshot),
        _ => ToPlain(JsonSerializer.SerializeToElement(value, value.GetType(), SessionJson.Options)),
    };

    // Every phone that syncs gets a snapshot, and a hall joining at once asks for hundreds of them, each holding the
    // same participants and notes as the one before. Items that are flat records (scalars only, so equal values mean
    // equal content) are converted once and the plain result shared; nobody writes to it after.
    private static Dictionary<string, object?> FromSnapshot(SessionSnapshot snapshot)
    {
        var info = SessionJson.Options.GetTypeInfo(typeof(SessionSnapshot));
        var map = new Dictionary<string, object?>(info.Properties.Count, StringComparer.Ordinal);
        foreach (var property in info.Properties)
        {
            var value = property.Get!(snapshot);
            map[property.Name] = value is not string && value is IEnumerable<object> items
                ? items.Select(item => IsFlat(item.GetType()) ? Shared(item) : From(item)).ToList()
                : From(value);
        }

        return map;
    }

    private static object? Shared(object item)
    {
        if (s_sharedItems.TryGetValue(item, out var plain))
        {
            return plain;
        }

        if (s_sharedItems.Count >= MaxSharedItems)
        {
            s_sharedItems.Clear();
        }

        plain = From(item);
        s_sharedItems.TryAdd(item, plain);
        return plain;
    }

    private static bool IsFlat(Type type) => s_flat.GetOrAdd(type, static t =>
        t.GetMethod("<Clone>$") is not null
        && t.GetProperties(BindingFlags.Public | BindingFlags.Instance).All(p => IsScalar(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)));

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTimeOffset) || type == typeof(DateTime);

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
