using StartupTerritoire.WorkshopEngine.Export;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The hand-off to phase 3, one sheet a page: a working-group sheet per piste d'activité (the idea, its notes, its
/// volunteers), "ce que la salle m'a apporté" for each accélération holder, and an adaptation sheet per essaimage.
/// </summary>
internal static class HandoffSheets
{
    public static ReportDocument Build(SessionDigest digest)
    {
        var text = digest.Text;
        var record = digest.Record;
        var blocks = new List<ReportBlock> { new HeadingBlock(1, $"{text.Sheets} — {record.Session.Title}") };
        var sheets = 0;

        // Each sheet starts a page, except the first, which follows the title.
        void Add(IEnumerable<ReportBlock> sheet)
        {
            if (sheets++ > 0)
            {
                blocks.Add(new PageBreakBlock());
            }

            blocks.AddRange(sheet);
        }

        foreach (var w in record.Workshops)
        {
            foreach (var p in w.Pistes)
            {
                Add(WorkingGroup(digest, w, p));
            }
        }

        foreach (var w in record.Workshops.Where(w => w.Format == "acceleration"))
        {
            Add(HolderSheet(digest, w));
        }

        foreach (var w in record.Workshops.Where(w => w.Format == "essaimage"))
        {
            Add(AdaptationSheet(digest, w));
        }

        return new ReportDocument($"{text.Sheets} — {record.Session.Title}", text == ExportText.English ? "en" : "fr", blocks);
    }

    private static IEnumerable<ReportBlock> WorkingGroup(SessionDigest digest, WorkshopRecord w, PisteRecord p)
    {
        var text = digest.Text;
        yield return new HeadingBlock(2, $"{text.WorkingGroup} — {p.Title}");
        yield return new TextBlock($"{w.Title} ({text.Format(w.Format)})", text.FromWorkshop);
        yield return new HeadingBlock(3, text.TheIdea);
        if (SessionDigest.Cluster(w, p.ClusterId) is { } cluster)
        {
            yield return new TextBlock($"{cluster.Title} — {text.VoteCount(SessionDigest.Dots(w, cluster.Id))}");
            yield return new ListBlock([.. SessionDigest.NotesOf(w, cluster.Id).Select(n => SessionReport.NoteLine(digest, w, n))]);
        }
        else
        {
            yield return new TextBlock(p.Title);
        }

        yield return new HeadingBlock(3, text.Volunteers);
        yield return SessionReport.Volunteers(digest, p);
    }

    private static IEnumerable<ReportBlock> HolderSheet(SessionDigest digest, WorkshopRecord w)
    {
        var text = digest.Text;
        yield return new HeadingBlock(2, $"{text.RoomBrought} — {w.ProjectCard?.Holder ?? w.Title}");
        foreach (var block in SessionReport.Input(digest, w))
        {
            yield return block;
        }

        if (w.Stars.Count > 0)
        {
            yield return new HeadingBlock(3, text.Kept);
            yield return new ListBlock([.. w.Stars.Select(s => digest.TargetLabel(w, s))]);
        }

        foreach (var block in ByColumn(digest, w))
        {
            yield return block;
        }

        yield return new HeadingBlock(3, text.Volunteers);
        foreach (var block in Engagements(digest, w))
        {
            yield return block;
        }
    }

    private static IEnumerable<ReportBlock> AdaptationSheet(SessionDigest digest, WorkshopRecord w)
    {
        var text = digest.Text;
        yield return new HeadingBlock(2, $"{text.Adaptation} — {w.ExternalProject?.Name ?? w.Title}");
        foreach (var block in SessionReport.Input(digest, w))
        {
            yield return block;
        }

        foreach (var block in ByColumn(digest, w))
        {
            yield return block;
        }

        if (SessionDigest.AverageRating(w) is { } average)
        {
            yield return new HeadingBlock(3, text.Ratings);
            yield return new TextBlock(text.F(text.RatingSummary, digest.Average(average), w.Ratings.Count));
        }

        yield return new HeadingBlock(3, text.WhoCarries);
        foreach (var block in Engagements(digest, w))
        {
            yield return block;
        }
    }

    /// <summary>The notes under the column they were written in, in the round's column order.</summary>
    private static IEnumerable<ReportBlock> ByColumn(SessionDigest digest, WorkshopRecord w)
    {
        foreach (var column in w.Notes.Select(n => (n.Column, n.ColumnLabel)).Distinct())
        {
            yield return new HeadingBlock(3, column.ColumnLabel);
            yield return new ListBlock([.. w.Notes.Where(n => n.Column == column.Column).Select(n =>
                $"{n.Text} — {digest.Person(n.AuthorId)}{(SessionDigest.IsStarred(w, n.Id) ? $" ({digest.Text.Starred})" : string.Empty)}")]);
        }
    }

    private static IEnumerable<ReportBlock> Engagements(SessionDigest digest, WorkshopRecord w)
    {
        if (w.Pistes.Count == 0)
        {
            yield return new TextBlock(digest.Text.NoVolunteer);
        }

        foreach (var p in w.Pistes)
        {
            yield return new HeadingBlock(4, p.Title);
            yield return SessionReport.Volunteers(digest, p);
        }
    }
}
