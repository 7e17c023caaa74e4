namespace StartupTerritoire.LiveBench.Measure;

/// <summary>A server's managed heap after a full collection, in bytes (see <see cref="ManagedHeap"/>).</summary>
public sealed record HeapFigures(long Live, long Size, long Pinned);
