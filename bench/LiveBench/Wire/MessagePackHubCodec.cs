using System.Buffers;
using System.Net.WebSockets;
using MessagePack;

namespace StartupTerritoire.LiveBench.Wire;

/// <summary>SignalR's MessagePack hub protocol: each message is a MessagePack array behind a 7-bit varint length.</summary>
public sealed class MessagePackHubCodec : IHubCodec
{
    public string Name => "messagepack";

    public WebSocketMessageType MessageType => WebSocketMessageType.Binary;

    public void WriteInvocation(IBufferWriter<byte> output, string? invocationId, string target, IReadOnlyList<object?> arguments)
    {
        var body = new ArrayBufferWriter<byte>(128);
        var writer = new MessagePackWriter(body);
        writer.WriteArrayHeader(5);
        writer.Write(1);
        writer.WriteMapHeader(0);
        if (invocationId is null)
        {
            writer.WriteNil();
        }
        else
        {
            writer.Write(invocationId);
        }

        writer.Write(target);
        writer.WriteArrayHeader(arguments.Count);
        foreach (var argument in arguments)
        {
            WriteValue(ref writer, argument);
        }

        writer.Flush();
        WriteFramed(output, body.WrittenSpan);
    }

    public void WritePing(IBufferWriter<byte> output) => WriteFramed(output, [0x91, 0x06]);

    public int Parse(ReadOnlySpan<byte> data, IHubMessageSink sink)
    {
        var used = 0;
        while (TryReadLength(data[used..], out var length, out var prefix) && data.Length - used - prefix >= length)
        {
            Dispatch(data.Slice(used + prefix, length), sink);
            used += prefix + length;
        }

        return used;
    }

    private static void Dispatch(ReadOnlySpan<byte> message, IHubMessageSink sink)
    {
        // Broadcasts are the bulk: a fixarray header then the type as a fixint tells them apart without a copy.
        if (message.Length > 1 && (message[0] & 0xF0) == 0x90 && message[1] == 1)
        {
            sink.OnInvocation(message);
            return;
        }

        var reader = new MessagePackReader(message.ToArray());
        var count = reader.ReadArrayHeader();
        var type = reader.ReadInt32();
        switch (type)
        {
            case 1:
                sink.OnInvocation(message);
                break;
            case 3:
                reader.Skip(); // headers
                var id = reader.ReadString() ?? "";
                var kind = reader.ReadInt32();
                sink.OnCompletion(id, kind == 1 ? reader.ReadString() : null, message);
                break;
            case 7:
                sink.OnClose(count > 1 && !reader.TryReadNil() ? reader.ReadString() : null);
                break;
        }
    }

    private static void WriteFramed(IBufferWriter<byte> output, ReadOnlySpan<byte> body)
    {
        Span<byte> prefix = stackalloc byte[5];
        var n = 0;
        var length = (uint)body.Length;
        do
        {
            var b = (byte)(length & 0x7F);
            length >>= 7;
            prefix[n++] = length > 0 ? (byte)(b | 0x80) : b;
        }
        while (length > 0);

        output.Write(prefix[..n]);
        output.Write(body);
    }

    private static bool TryReadLength(ReadOnlySpan<byte> data, out int length, out int prefix)
    {
        length = 0;
        for (prefix = 0; prefix < Math.Min(5, data.Length); prefix++)
        {
            length |= (data[prefix] & 0x7F) << (7 * prefix);
            if ((data[prefix] & 0x80) == 0)
            {
                prefix++;
                return true;
            }
        }

        return false;
    }

    private static void WriteValue(ref MessagePackWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNil();
                break;
            case string s:
                writer.Write(s);
                break;
            case long l:
                writer.Write(l);
                break;
            case int i:
                writer.Write(i);
                break;
            case bool b:
                writer.Write(b);
                break;
            default:
                throw new ArgumentException($"The benchmark does not send {value.GetType().Name} arguments.", nameof(value));
        }
    }
}
