using MessagePack;
using MessagePack.Formatters;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Writes an event's type name for MessagePack clients as its number in <see cref="WireKeys"/> ("NoteAdded" is one
/// byte instead of ten); a type the table lacks stays a string. Reading does the reverse, for .NET clients.
/// </summary>
public sealed class EventTypeFormatter : IMessagePackFormatter<string>
{
    public void Serialize(ref MessagePackWriter writer, string value, MessagePackSerializerOptions options)
    {
        if (WireKeys.TypeCodes.TryGetValue(value, out var code))
        {
            writer.Write(code);
        }
        else
        {
            writer.Write(value);
        }
    }

    public string Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        reader.NextMessagePackType == MessagePackType.Integer
            ? WireDataFormatter.NameOf(reader.ReadInt32(), WireKeys.Types)
            : reader.ReadString() ?? throw new MessagePackSerializationException("An event type is nil.");
}
