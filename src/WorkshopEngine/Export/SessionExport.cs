namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// The record of a soirée as exported: plain data, in a stable order, with what its reader may see (the whole
/// soirée for the animator, one table's workshop for a co-animator). Version <see cref="CurrentVersion"/> of
/// docs/export-schema.json.
/// </summary>
public sealed record SessionExport
{
    /// <summary>The schema version this engine writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The schema's name, so a reader can tell the file is ours.</summary>
    /// <remarks>It keeps the word it was first published with: every file already exported carries it.</remarks>
    public const string SchemaName = "startup-territoire/evening";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    public string Schema { get; init; } = SchemaName;

    /// <summary>The schema version of this record.</summary>
    public int SchemaVersion { get; init; } = CurrentVersion;

    /// <summary>When the record was made.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>The whole soirée, or one table's workshop.</summary>
    public required RecordScope Scope { get; init; }

    /// <summary>The soirée itself.</summary>
    public required SessionRecord Session { get; init; }

    /// <summary>The tables.</summary>
    public required IReadOnlyList<TableRecord> Tables { get; init; }

    /// <summary>The participants, by join order; nicknames left out when the soirée is anonymous.</summary>
    public required IReadOnlyList<ParticipantRecord> Participants { get; init; }

    /// <summary>The workshops in run-of-show order, each with its notes, clusters, votes, ratings, stars and pistes.</summary>
    public required IReadOnlyList<WorkshopRecord> Workshops { get; init; }
}
