using System.Globalization;
using MessagePack;
using MessagePack.Formatters;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Writes event data and snapshots (the maps, lists and scalars <see cref="WirePayload"/> makes) for MessagePack
/// clients with each field name replaced by its number in <see cref="WireKeys"/>; a name the table lacks stays a
/// string. It walks the values itself rather than asking the resolver for each one, since it runs once per group
/// message for every phone of a hall. Reading does the reverse, for .NET clients.
/// </summary>
public sealed class WireDataFormatter : IMessagePackFormatter<object?>
{
    public void Serialize(ref MessagePackWriter writer, object? value, MessagePackSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNil();
                break;
            case string text:
                writer.Write(text);
                break;
            case long number:
                writer.Write(number);
                break;
            case bool flag:
                writer.Write(flag);
                break;
            case Dictionary<string, object?> map:
                writer.WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    if (WireKeys.KeyCodes.TryGetValue(key, out var code))
                    {
                        writer.Write(code);
                    }
                    else
                    {
                        writer.Write(key);
                    }

                    Serialize(ref writer, item, options);
                }

                break;
            case List<object?> list:
                writer.WriteArrayHeader(list.Count);
                foreach (var item in list)
                {
                    Serialize(ref writer, item, options);
                }

                break;
            default:
                // Not made by WirePayload (a double, say): written the way the protocol writes that type anywhere.
                MessagePackSerializer.Serialize(value.GetType(), ref writer, value, options);
                break;
        }
    }

    public object? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Map:
                options.Security.DepthStep(ref reader);
                try
                {
                    var count = reader.ReadMapHeader();
                    var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
                    for (var i = 0; i < count; i++)
                    {
                        var key = reader.NextMessagePackType == MessagePackType.Integer
                            ? NameOf(reader.ReadInt32(), WireKeys.Keys)
                            : reader.ReadString() ?? throw new MessagePackSerializationException("A map key is nil.");
                        map[key] = Deserialize(ref reader, options);
                    }

                    return map;
                }
                finally
                {
                    reader.Depth--;
                }

            case MessagePackType.Array:
                options.Security.DepthStep(ref reader);
                try
                {
                    var count = reader.ReadArrayHeader();
                    var list = new List<object?>(count);
                    for (var i = 0; i < count; i++)
                    {
                        list.Add(Deserialize(ref reader, options));
                    }

                    return list;
                }
                finally
                {
                    reader.Depth--;
                }

            case MessagePackType.Integer:
                return reader.ReadInt64();
            default:
                return PrimitiveObjectFormatter.Instance.Deserialize(ref reader, options);
        }
    }

    /// <summary>The name a number stands for; a number from a newer table than this one stays readable as itself.</summary>
    internal static string NameOf(int code, IReadOnlyList<string> names) =>
        code >= 0 && code < names.Count ? names[code] : code.ToString(CultureInfo.InvariantCulture);
}
