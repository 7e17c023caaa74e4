namespace StartupTerritoire.Server.Exports;

/// <summary>One note as a spreadsheet row, shared by the CSV and the workbook's Notes sheet.</summary>
internal sealed record NoteRow(
    string Workshop,
    string Table,
    string Round,
    string Column,
    string Text,
    string Author,
    DateTimeOffset Time,
    string ClusterId,
    string Cluster,
    int Votes,
    int ClusterVotes,
    int Stars,
    double? Rating,
    string Piste)
{
    /// <summary>The rows of a record, in run-of-show then posting order.</summary>
    public static IReadOnlyList<NoteRow> From(SessionDigest digest) =>
        [.. digest.Record.Workshops.SelectMany(w => w.Notes.Select(n =>
        {
            var cluster = SessionDigest.Cluster(w, n.ClusterId);
            var starred = (SessionDigest.IsStarred(w, n.Id) ? 1 : 0) + (cluster is not null && SessionDigest.IsStarred(w, cluster.Id) ? 1 : 0);
            return new NoteRow(
                w.Title,
                digest.TableOf(n.AuthorId) is { } seat && digest.Record.Tables.Any(t => t.Name == seat && t.WorkshopId == w.Id) ? seat : digest.Tables(w),
                digest.RoundName(w, n.RoundId),
                n.ColumnLabel,
                n.Text,
                digest.Person(n.AuthorId),
                n.CreatedAt,
                cluster?.Id ?? string.Empty,
                cluster?.Title ?? string.Empty,
                SessionDigest.Dots(w, n.Id),
                cluster is null ? 0 : SessionDigest.Dots(w, cluster.Id),
                starred,
                SessionDigest.AverageRating(w),
                SessionDigest.PisteOf(w, n.ClusterId)?.Title ?? string.Empty);
        }))];
}
