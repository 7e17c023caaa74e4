using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace StartupTerritoire.LiveBench.Measure;

/// <summary>
/// A .NET server's managed heap after a full collection, read from outside the process: an EventPipe session asking
/// for the runtime's heap-collect keyword makes it run an induced blocking gen2 collection (as dotnet-gcdump does)
/// and report the generations' sizes after it. The server needs no endpoint for this, only its diagnostics port,
/// which a process run by the same user opens by default.
/// </summary>
public static class ManagedHeap
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    /// <summary>
    /// Forces a full collection in the process and returns, in bytes: the objects that survived it (what the server
    /// still holds), the heap's size after it (those objects plus the free space between them, which the collector
    /// keeps for reuse), and the pinned object heap (where Kestrel pools its socket buffers), counted whole in both.
    /// </summary>
    public static async Task<HeapFigures> CollectAsync(int pid, TimeSpan timeout)
    {
        var client = new DiagnosticsClient(pid);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, keywords)], requestRundown: false);
        var heap = new TaskCompletionSource<HeapFigures>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var source = new EventPipeEventSource(session.EventStream);
        // The induced collection is the one the session asked for; a collection already running may report first,
        // so the figure kept is the one after the induced collection.
        var induced = false;
        source.Clr.GCStart += e => induced |= e.Reason == Microsoft.Diagnostics.Tracing.Parsers.Clr.GCReason.Induced;
        source.Clr.GCHeapStats += e =>
        {
            if (induced)
            {
                // After a full collection every survivor was promoted (or, in the large object heap, kept); the pinned
                // object heap reports no promotion, and is taken whole.
                var live = e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 + e.GenerationSize4;
                heap.TrySetResult(new HeapFigures(live, e.TotalHeapSize, e.GenerationSize4));
            }
        };
        var reading = Task.Run(source.Process);
        try
        {
            return await heap.Task.WaitAsync(timeout);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await reading;
        }
    }
}
