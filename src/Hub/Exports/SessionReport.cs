using StartupTerritoire.WorkshopEngine.Export;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The report of an evening: for each workshop its input, the clusters with their notes, the most voted, the ratings,
/// what the holder kept, and the pistes with their volunteers.
/// </summary>
internal static class SessionReport
{
    public static ReportDocument Build(SessionDigest digest)
    {
        var text = digest.Text;
        var record = digest.Record;
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(1, $"{text.Report} — {record.Session.Title}"),
            new TextBlock(text.Date(record.Session.CreatedAt)),
            new TextBlock(text.Counts(record.Participants.Count, record.Workshops.Sum(w => w.Notes.Count), record.Workshops.Count)),
        };
        foreach (var (w, index) in record.Workshops.Select((w, i) => (w, i)))
        {
            if (index > 0)
            {
                blocks.Add(new PageBreakBlock());
            }

            blocks.AddRange(Workshop(digest, w, index + 1));
        }

        return new ReportDocument($"{text.Report} — {record.Session.Title}", text == ExportText.English ? "en" : "fr", blocks);
    }

    /// <summary>What a workshop worked on: the défi, the project card or the project sheet.</summary>
    public static IEnumerable<ReportBlock> Input(SessionDigest digest, WorkshopRecord w)
    {
        var text = digest.Text;
        if (w.Challenge is { } challenge)
        {
            yield return new TextBlock(challenge.Text, text.Challenge);
            if (!string.IsNullOrEmpty(challenge.Theme))
            {
                yield return new TextBlock(challenge.Theme, text.Theme);
            }
        }

        if (w.ProjectCard is { } card)
        {
            yield return new TextBlock(card.Holder, text.Holder);
            yield return new TextBlock(card.Pitch, text.Pitch);
            yield return new TextBlock(card.Needs, text.Needs);
        }

        if (w.ExternalProject is { } sheet)
        {
            yield return new TextBlock(sheet.Name, text.Pitch);
            yield return new TextBlock(sheet.OriginTerritory, text.Origin);
            yield return new TextBlock(sheet.Description, text.Description);
            if (sheet.SuccessFactors.Count > 0)
            {
                yield return new TextBlock(string.Empty, text.SuccessFactors);
                yield return new ListBlock(sheet.SuccessFactors);
            }
        }
    }

    /// <summary>A note as a line: "[column] text — author", with a star when the holder kept it.</summary>
    public static string NoteLine(SessionDigest digest, WorkshopRecord w, NoteRecord n)
    {
        var dots = SessionDigest.Dots(w, n.Id);
        var star = SessionDigest.IsStarred(w, n.Id) ? " ★" : string.Empty;
        var votes = dots > 0 ? $" ({digest.Text.VoteCount(dots)})" : string.Empty;
        return $"[{n.ColumnLabel}] {n.Text} — {digest.Person(n.AuthorId)}{votes}{star}";
    }

    /// <summary>The volunteers of a piste, with contact details only where they may appear.</summary>
    public static ReportBlock Volunteers(SessionDigest digest, PisteRecord p)
    {
        var text = digest.Text;
        if (p.SignUps.Count == 0)
        {
            return new TextBlock(text.NoVolunteer);
        }

        if (!digest.WithContacts)
        {
            return new ListBlock([.. p.SignUps.Select(s => digest.Person(s.ParticipantId))]);
        }

        return new TableBlock([text.Volunteers, text.Name, text.Email, text.Phone],
            [.. p.SignUps.Select(s => (IReadOnlyList<string>)[
                digest.Person(s.ParticipantId),
                s.Contact?.Name ?? (s.Contact is null ? text.ContactWithheld : string.Empty),
                s.Contact?.Email ?? string.Empty,
                s.Contact?.Phone ?? string.Empty])]);
    }

    private static List<ReportBlock> Workshop(SessionDigest digest, WorkshopRecord w, int number)
    {
        var text = digest.Text;
        var blocks = new List<ReportBlock> { new HeadingBlock(2, $"{text.Workshop} {number} — {w.Title} ({text.Format(w.Format)})") };
        var tables = digest.Tables(w);
        if (tables.Length > 0)
        {
            blocks.Add(new TextBlock(tables, "Table"));
        }

        blocks.AddRange(Input(digest, w));

        blocks.Add(new HeadingBlock(3, text.Clusters));
        foreach (var c in SessionDigest.ClustersByVotes(w))
        {
            var star = SessionDigest.IsStarred(w, c.Id) ? " ★" : string.Empty;
            blocks.Add(new HeadingBlock(4, $"{c.Title} — {text.VoteCount(SessionDigest.Dots(w, c.Id))}{star}"));
            blocks.Add(new ListBlock([.. SessionDigest.NotesOf(w, c.Id).Select(n => NoteLine(digest, w, n))]));
        }

        var loose = SessionDigest.NotesOf(w, null);
        if (loose.Count > 0)
        {
            blocks.Add(new HeadingBlock(4, text.Loose));
            blocks.Add(new ListBlock([.. loose.Select(n => NoteLine(digest, w, n))]));
        }

        if (w.Clusters.Count == 0 && loose.Count == 0)
        {
            blocks.Add(new TextBlock(text.Nothing));
        }

        // A chart of nothing but zeros says nothing: it appears once a cluster has a dot.
        if (w.Clusters.Any(c => SessionDigest.Dots(w, c.Id) > 0))
        {
            blocks.Add(new ChartBlock(text.VotesPerCluster, text.ClusterKind, "votes", [.. SessionDigest.ClustersByVotes(w).Select(c => new ChartBar(c.Title, SessionDigest.Dots(w, c.Id)))]));
        }

        var top = SessionDigest.TopVoted(w);
        if (top.Count > 0)
        {
            blocks.Add(new HeadingBlock(3, text.TopVoted));
            blocks.Add(new ListBlock([.. top.Select(t => $"{t.Label} — {text.VoteCount(t.Dots)}")], Numbered: true));
        }

        if (SessionDigest.AverageRating(w) is { } average)
        {
            blocks.Add(new HeadingBlock(3, text.Ratings));
            blocks.Add(new TextBlock(text.F(text.RatingSummary, digest.Average(average), w.Ratings.Count)));
            blocks.Add(new ChartBlock(text.RatingsChart, text.RatingHeader, text.RatingCount, [.. Enumerable.Range(1, 5).Select(v => new ChartBar($"{v}", w.Ratings.Count(r => r.Value == v)))]));
        }

        if (w.Stars.Count > 0)
        {
            blocks.Add(new HeadingBlock(3, text.Kept));
            blocks.Add(new ListBlock([.. w.Stars.Select(s => digest.TargetLabel(w, s))]));
        }

        blocks.Add(new HeadingBlock(3, text.Pistes));
        if (w.Pistes.Count == 0)
        {
            blocks.Add(new TextBlock(text.Nothing));
        }

        foreach (var p in w.Pistes)
        {
            blocks.Add(new HeadingBlock(4, p.Title));
            blocks.Add(Volunteers(digest, p));
        }

        return blocks;
    }
}
