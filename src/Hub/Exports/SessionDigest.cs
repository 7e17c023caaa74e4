using StartupTerritoire.WorkshopEngine.Export;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// What every human-readable export needs from a record, computed once: names as they may be shown, dots per target,
/// clusters by votes, the average rating, the tables of a workshop.
/// </summary>
internal sealed class SessionDigest
{
    private readonly Dictionary<string, ParticipantRecord> _people;

    public SessionDigest(SessionExport record, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
        Text = ExportText.For(language ?? record.Session.Language);
        _people = record.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public SessionExport Record { get; }

    public ExportText Text { get; }

    /// <summary>Whether contact details may appear (the animator's whole record only).</summary>
    public bool WithContacts => Record.Scope.TableId is null;

    /// <summary>A participant's nickname, or "anonyme" when the soirée is anonymous or the name is unknown.</summary>
    public string Person(string participantId) =>
        !Record.Session.Anonymous && _people.TryGetValue(participantId, out var p) && !string.IsNullOrEmpty(p.Nickname) ? p.Nickname : Text.Anonymous;

    public string? TableOf(string participantId) =>
        _people.TryGetValue(participantId, out var p) && p.TableId is { } t ? Record.Tables.FirstOrDefault(x => x.Id == t)?.Name : null;

    /// <summary>The tables running a workshop, by name.</summary>
    public string Tables(WorkshopRecord w) => string.Join(", ", Record.Tables.Where(t => t.WorkshopId == w.Id).Select(t => t.Name));

    public static int Dots(WorkshopRecord w, string targetId) => w.Votes.Count(v => v.TargetId == targetId);

    public static bool IsStarred(WorkshopRecord w, string targetId) => w.Stars.Contains(targetId, StringComparer.Ordinal);

    /// <summary>The clusters, most voted first (then creation order).</summary>
    public static IReadOnlyList<ClusterRecord> ClustersByVotes(WorkshopRecord w) =>
        [.. w.Clusters.Select((c, i) => (c, i)).OrderByDescending(x => Dots(w, x.c.Id)).ThenBy(x => x.i).Select(x => x.c)];

    public static IReadOnlyList<NoteRecord> NotesOf(WorkshopRecord w, string? clusterId) => [.. w.Notes.Where(n => n.ClusterId == clusterId)];

    /// <summary>Clusters and notes that got dots, most first, at most <paramref name="count"/>.</summary>
    public static IReadOnlyList<(string Id, string Label, int Dots, bool IsCluster)> TopVoted(WorkshopRecord w, int count = 5) =>
        [.. w.Clusters.Select(c => (c.Id, c.Title, Dots(w, c.Id), true))
            .Concat(w.Notes.Select(n => (n.Id, n.Text, Dots(w, n.Id), false)))
            .Select((x, i) => (x, i))
            .Where(x => x.x.Item3 > 0)
            .OrderByDescending(x => x.x.Item3).ThenBy(x => x.i)
            .Take(count)
            .Select(x => x.x)];

    public static double? AverageRating(WorkshopRecord w) => w.Ratings.Count == 0 ? null : w.Ratings.Average(r => r.Value);

    public string Average(double value) => value.ToString("0.0", Text.Culture);

    public static PisteRecord? PisteOf(WorkshopRecord w, string? clusterId) =>
        clusterId is null ? null : w.Pistes.FirstOrDefault(p => p.ClusterId == clusterId);

    public static ClusterRecord? Cluster(WorkshopRecord w, string? clusterId) =>
        clusterId is null ? null : w.Clusters.FirstOrDefault(c => c.Id == clusterId);

    public string TargetLabel(WorkshopRecord w, string targetId) =>
        Cluster(w, targetId)?.Title ?? w.Notes.FirstOrDefault(n => n.Id == targetId)?.Text ?? targetId;

    public string RoundName(WorkshopRecord w, string roundId) => w.Rounds.FirstOrDefault(r => r.Id == roundId)?.Name ?? roundId;
}
