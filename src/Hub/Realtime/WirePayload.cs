using System.Text.Json;
using StartupTerritoire.Server.Storage;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Turns engine records into plain maps, lists and scalars with camelCase keys. Both hub protocols carry these
/// the same way, so the wire shape is the one documented in docs/protocol.md, not the CLR types behind it.
/// </summary>
internal static class WirePayload
{
    public static object? From(object? value) =>
        value is null ? null : ToPlain(JsonSerializer.SerializeToElement(value, value.GetType(), SessionJson.Options));

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
