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
    public static IReadOnlyList<NoteRow> From(EveningDigest digest) =>
        [.. digest.Record.Workshops.SelectMany(w => w.Notes.Select(n =>
        {
            var cluster = EveningDigest.Cluster(w, n.ClusterId);
            var starred = (EveningDigest.IsStarred(w, n.Id) ? 1 : 0) + (cluster is not null && EveningDigest.IsStarred(w, cluster.Id) ? 1 : 0);
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
                EveningDigest.Dots(w, n.Id),
                cluster is null ? 0 : EveningDigest.Dots(w, cluster.Id),
                starred,
                EveningDigest.AverageRating(w),
                EveningDigest.PisteOf(w, n.ClusterId)?.Title ?? string.Empty);
        }))];
}
