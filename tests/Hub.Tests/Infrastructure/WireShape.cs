using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The keys of one kind of object on the wire, as docs/protocol.md lists them, with the shape of the objects (or arrays
/// of objects) some keys hold. Checks what a protocol decoded against it, recursively.
/// </summary>
public sealed class WireShape(string name)
{
    public string Name { get; } = name;

    /// <summary>Each key, with the shape of what it holds when that is an object or an array of objects.</summary>
    public Dictionary<string, WireShape?> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds to <paramref name="problems"/> every key <paramref name="value"/> has that is not listed, and every listed
    /// key it lacks, here and in the objects it holds; <paramref name="seen"/> collects the shapes met with a value.
    /// </summary>
    public void Check(object? value, string path, ICollection<string> problems, ISet<string> seen)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(seen);
        if (IsNull(value))
        {
            return;
        }

        if (KeysOf(value) is not { } keys)
        {
            problems.Add($"{path}: expected an object ({Name}), found {value}");
            return;
        }

        seen.Add(Name);
        foreach (var extra in keys.Except(Fields.Keys, StringComparer.Ordinal))
        {
            problems.Add($"{path}.{extra}: sent, but {Name} does not list it");
        }

        foreach (var (key, shape) in Fields)
        {
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                problems.Add($"{path}.{key}: listed for {Name}, but not sent");
            }
            else if (shape is not null)
            {
                var held = Wire.Get(value, key);
                if (ItemsOf(held) is { } items)
                {
                    var i = 0;
                    foreach (var item in items)
                    {
                        shape.Check(item, $"{path}.{key}[{i++}]", problems, seen);
                    }
                }
                else
                {
                    shape.Check(held, $"{path}.{key}", problems, seen);
                }
            }
        }
    }

    public override string ToString() => $"{Name} {{ {string.Join(", ", Fields.Keys)} }}";

    private static bool IsNull(object? value) => value is null or JsonElement { ValueKind: JsonValueKind.Null };

    private static List<string>? KeysOf(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } e => [.. e.EnumerateObject().Select(p => p.Name)],
        IDictionary d => [.. d.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!)],
        _ => null,
    };

    private static IEnumerable<object?>? ItemsOf(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } e => e.EnumerateArray().Select(x => (object?)x),
        IList l => l.Cast<object?>(),
        _ => null,
    };
}
