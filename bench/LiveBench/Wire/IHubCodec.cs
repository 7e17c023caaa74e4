using System.Buffers;
using System.Net.WebSockets;

namespace StartupTerritoire.LiveBench.Wire;

/// <summary>What a client needs of a SignalR hub protocol: write invocations and pings, split what arrives.</summary>
public interface IHubCodec
{
    string Name { get; }

    WebSocketMessageType MessageType { get; }

    void WriteInvocation(IBufferWriter<byte> output, string? invocationId, string target, IReadOnlyList<object?> arguments);

    void WritePing(IBufferWriter<byte> output);

    /// <summary>Reads every whole message at the start of <paramref name="data"/>; returns how many bytes it used.</summary>
    int Parse(ReadOnlySpan<byte> data, IHubMessageSink sink);
}

/// <summary>Receives what a codec found in the bytes a connection read.</summary>
public interface IHubMessageSink
{
    /// <summary>A server-to-client call; the raw bytes are handed over so the benchmark can find its markers.</summary>
    void OnInvocation(ReadOnlySpan<byte> raw);

    void OnCompletion(string invocationId, string? error, ReadOnlySpan<byte> raw);

    void OnClose(string? error);
}
