using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>Quotes what a piste came from in its evening, for the group born from it.</summary>
public static class GroupOrigins
{
    /// <summary>
    /// The piste, its regroupement and the notes in it, with their dots, the workshop's ratings and the holder's
    /// stars. A note still hidden is the animator's alone on the evening and stays out. A piste typed freely (no
    /// regroupement) is quoted with no notes.
    /// </summary>
    public static GroupOrigin Quote(Session session, string pisteId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var piste = session.Pistes.FirstOrDefault(p => p.Id == pisteId)
            ?? throw new WorkshopException(ErrorCodes.NotFound, "No such piste.");
        var workshop = session.FindWorkshop(piste.WorkshopId)
            ?? throw new WorkshopException(ErrorCodes.NotFound, "No such workshop.");
        var dots = session.Votes.Where(v => v.WorkshopId == workshop.Id).GroupBy(v => v.TargetId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var stars = session.Stars.Where(s => s.WorkshopId == workshop.Id).Select(s => s.TargetId).ToHashSet(StringComparer.Ordinal);
        var clusters = session.Clusters
            .Where(c => c.Id == piste.ClusterId)
            .Select(c => new OriginCluster(c.Id, c.TitleSuggested ? piste.Title : c.Title, dots.GetValueOrDefault(c.Id), stars.Contains(c.Id),
                [.. session.Notes
                    .Where(n => n.ClusterId == c.Id && !n.Hidden)
                    .OrderByDescending(n => dots.GetValueOrDefault(n.Id))
                    .ThenBy(n => n.Seq)
                    .Select(n => new OriginNote(n.Id, n.Text, n.Column, dots.GetValueOrDefault(n.Id), stars.Contains(n.Id)))]))
            .ToList();
        var ratings = session.Ratings.Where(r => r.WorkshopId == workshop.Id).Select(r => r.Value).ToList();
        return new GroupOrigin(session.Id, session.Title, session.CreatedAt, workshop.Id, workshop.Title, piste.Id, piste.Title, clusters,
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2), ratings.Count);
    }
}
