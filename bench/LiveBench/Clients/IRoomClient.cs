namespace StartupTerritoire.LiveBench.Clients;

/// <summary>A connected member of a room, whatever the server: it can post, and counts what it sent and received.</summary>
public interface IRoomClient : IAsyncDisposable
{
    long BytesReceived { get; }

    long BytesSent { get; }

    /// <summary>Commands the server refused or left unanswered with an error.</summary>
    int Errors { get; }

    /// <summary>Sends one post; returns when it is written, not when it is delivered (the schedule is open-loop).</summary>
    Task PostAsync(string id, string text);
}

/// <summary>Called on a receive thread with the bytes of every server-to-client message.</summary>
public delegate void BroadcastHandler(ReadOnlySpan<byte> raw);
