namespace StartupTerritoire.WorkshopEngine.Storage;

/// <summary>
/// The outcome of an append: <see cref="Version"/> is the session's version after it (the stored version on a
/// conflict); <see cref="Seq"/> is the last sequence number of the appended events, or of the earlier append on a
/// duplicate.
/// </summary>
public sealed record AppendResult(AppendStatus Status, long Version, long Seq)
{
    /// <summary>A successful append ending at <paramref name="seq"/>.</summary>
    public static AppendResult Appended(long seq) => new(AppendStatus.Appended, seq, seq);

    /// <summary>A stale expected version; the store is at <paramref name="version"/>.</summary>
    public static AppendResult Conflict(long version) => new(AppendStatus.Conflict, version, 0);

    /// <summary>The request was applied before, ending at <paramref name="seq"/>.</summary>
    public static AppendResult Duplicate(long version, long seq) => new(AppendStatus.Duplicate, version, seq);
}
