using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace StartupTerritoire.LiveBench.Wire;

/// <summary>SignalR's JSON hub protocol: one JSON object per message, each ended by 0x1E.</summary>
public sealed class JsonHubCodec : IHubCodec
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public string Name => "json";

    public WebSocketMessageType MessageType => WebSocketMessageType.Text;

    public void WriteInvocation(IBufferWriter<byte> output, string? invocationId, string target, IReadOnlyList<object?> arguments)
    {
        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("type", 1);
            if (invocationId is not null)
            {
                json.WriteString("invocationId", invocationId);
            }

            json.WriteString("target", target);
            json.WriteStartArray("arguments");
            foreach (var argument in arguments)
            {
                WriteValue(json, argument);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write([HandshakeRequest.RecordSeparator]);
    }

    public void WritePing(IBufferWriter<byte> output) => output.Write("{\"type\":6}\u001e"u8);

    public int Parse(ReadOnlySpan<byte> data, IHubMessageSink sink)
    {
        var used = 0;
        while (true)
        {
            var end = data[used..].IndexOf(HandshakeRequest.RecordSeparator);
            if (end < 0)
            {
                return used;
            }

            Dispatch(data.Slice(used, end), sink);
            used += end + 1;
        }
    }

    private static void Dispatch(ReadOnlySpan<byte> message, IHubMessageSink sink)
    {
        // The server writes "type" first; reading only that keeps the cost of a broadcast the same for every server.
        var reader = new Utf8JsonReader(message);
        var type = 0;
        if (reader.Read() && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("type") && reader.Read())
        {
            type = reader.GetInt32();
        }

        switch (type)
        {
            case 1:
                sink.OnInvocation(message);
                break;
            case 3:
                using (var document = JsonDocument.Parse(message.ToArray()))
                {
                    var root = document.RootElement;
                    var error = root.TryGetProperty("error", out var e) ? e.GetString() : null;
                    sink.OnCompletion(root.GetProperty("invocationId").GetString() ?? "", error, message);
                }

                break;
            case 7:
                using (var document = JsonDocument.Parse(message.ToArray()))
                {
                    sink.OnClose(document.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null);
                }

                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                throw new ArgumentException($"The benchmark does not send {value.GetType().Name} arguments.", nameof(value));
        }
    }
}
