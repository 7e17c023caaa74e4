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
    // only costs converting them again. They are kept per soirée and go when it leaves memory, so a node that served
    // many soirées does not keep their participants and notes until the bound is reached.
    private const int MaxSharedItems = 20_000;
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<object, object?>> s_sharedItems = new(StringComparer.Ordinal);
    private static int s_sharedCount;
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
        var shared = s_sharedItems.GetOrAdd(snapshot.Id, static _ => new());
        foreach (var property in info.Properties)
        {
            var value = property.Get!(snapshot);
            map[property.Name] = value is not string && value is IEnumerable<object> items
                ? items.Select(item => IsFlat(item.GetType()) ? Shared(shared, item) : From(item)).ToList()
                : From(value);
        }

        return map;
    }

    /// <summary>Drops the shared items of a soirée that left memory.</summary>
    public static void Forget(string sessionId)
    {
        if (s_sharedItems.TryRemove(sessionId, out var items))
        {
            Interlocked.Add(ref s_sharedCount, -items.Count);
        }
    }

    private static object? Shared(ConcurrentDictionary<object, object?> shared, object item)
    {
        if (shared.TryGetValue(item, out var plain))
        {
            return plain;
        }

        if (Interlocked.Increment(ref s_sharedCount) > MaxSharedItems)
        {
            s_sharedItems.Clear();
            Volatile.Write(ref s_sharedCount, 0);
        }

        plain = From(item);
        shared.TryAdd(item, plain);
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
