using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The printable dossier of a working group: first its canvas as one grid in the layout of the business model canvas
/// (a landscape page of its own in the PDF), then the card, the road to launch, the actions, the meetings with their
/// minutes and decisions, the members and resource people, the canvas's versions and the evening it came from.
/// </summary>
internal static class GroupDossierReport
{
    // The nine blocks on ten narrow columns, so the two blocks of the bottom band can share the width in halves; the
    // impact on the territory is a band under them. Rows: the top band's two halves, the bottom band, the impact.
    private static readonly Dictionary<string, (int Column, int Row, int ColumnSpan, int RowSpan)> s_layout = new(StringComparer.Ordinal)
    {
        ["partenaires"] = (0, 0, 2, 2),
        ["activites"] = (2, 0, 2, 1),
        ["ressources"] = (2, 1, 2, 1),
        ["proposition"] = (4, 0, 2, 2),
        ["relations"] = (6, 0, 2, 1),
        ["canaux"] = (6, 1, 2, 1),
        ["segments"] = (8, 0, 2, 2),
        ["couts"] = (0, 2, 5, 1),
        ["revenus"] = (5, 2, 5, 1),
        [CanvasBlocks.Impact] = (0, 3, 10, 1),
    };

    private static readonly double[] s_rowWeights = [3, 3, 2.3, 1.7];

    public static ReportDocument Build(GroupDossier dossier, DossierText text, bool withContacts)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var common = text.Common;
        var card = dossier.Group;
        var blocks = new List<ReportBlock>
        {
            Canvas(dossier, text),
            new HeadingBlock(1, $"{text.Dossier} — {card.Name}"),
        };
        if (card.Promise.Length > 0)
        {
            blocks.Add(new TextBlock(card.Promise, text.Promise));
        }

        if (card.Theme is { } theme)
        {
            blocks.Add(new TextBlock(Themes.Label(theme, text.Language), text.Theme));
        }

        blocks.Add(new TextBlock(text.StageName(card.Stage), text.Stage));
        if (card.StopReason is { } why)
        {
            blocks.Add(new TextBlock(why, text.StopReason));
        }
        blocks.Add(new TextBlock(common.Date(card.CreatedAt), text.Created));
        if (card.ClosedAt is { } closed)
        {
            blocks.Add(new TextBlock($"{common.Date(closed)} — {card.ClosedReason}", text.Closed));
        }

        blocks.Add(new HeadingBlock(2, text.Exchanges));
        blocks.Add(Table(text, text.ExchangeColumns, dossier.Exchanges.Select(x => (IReadOnlyList<string>)
            [text.ExchangeKindName(x.Kind), ExchangeCategories.NameOf(x.Category, text.Language), x.Text])));

        blocks.Add(new HeadingBlock(2, text.Road));
        blocks.Add(Table(text, text.MilestoneColumns, dossier.Milestones.Select(m => (IReadOnlyList<string>)
            [m.Title, m.Due is { } due ? text.Day(due) : string.Empty, text.StatusName(m.Status), m.Note ?? string.Empty])));

        blocks.Add(new HeadingBlock(2, text.Actions));
        blocks.Add(Table(text, text.ActionColumns, dossier.Actions.Select(a => (IReadOnlyList<string>)
            [a.What, a.Owner ?? string.Empty, a.Due is { } due ? text.Day(due) : string.Empty, text.YesNo(a.Done)])));

        blocks.Add(new HeadingBlock(2, text.Meetings));
        blocks.AddRange(Meetings(dossier, text));

        blocks.Add(new HeadingBlock(2, text.Members));
        blocks.Add(Table(text, [.. text.MemberColumns.Take(3), .. (withContacts ? new[] { common.Email, common.Phone } : [])],
            dossier.Members.Select(m => (IReadOnlyList<string>)
            [
                m.Nickname, text.KindName(m.Kind), m.Skills ?? string.Empty,
                .. (withContacts ? new[] { m.Contact?.Email ?? (m.Contact is null ? common.ContactWithheld : string.Empty), m.Contact?.Phone ?? string.Empty } : []),
            ])));

        blocks.Add(new HeadingBlock(2, text.Versions));
        blocks.Add(Table(text, text.VersionColumns, dossier.CanvasVersions.Select(v => (IReadOnlyList<string>)
            [v.Number.ToString(common.Culture), v.Label, common.Date(v.At), v.Entries.Count.ToString(common.Culture)])));

        blocks.Add(new HeadingBlock(2, text.Origin));
        blocks.AddRange(Origin(dossier.Origin, text));
        return new ReportDocument($"{text.Dossier} — {card.Name}", text == DossierText.English ? "en" : "fr", blocks);
    }

    /// <summary>"Modèle économique — Ressourcerie — version 3 du 12 mars 2027", with every block in its place.</summary>
    private static GridBlock Canvas(GroupDossier dossier, DossierText text)
    {
        var version = dossier.CanvasVersions.Count == 0 ? text.NoVersion : VersionLine(dossier, text);
        var cells = CanvasBlocks.All.Select(b =>
        {
            var (column, row, columns, rows) = s_layout[b.Id];
            return new GridCell(b.Name.In(text == DossierText.English ? "en" : "fr"),
                [.. dossier.Canvas.Where(e => e.Block == b.Id).Select(e => e.Text)], column, row, columns, rows);
        });
        return new GridBlock($"{text.Canvas} — {dossier.Group.Name} — {version}", 10, s_rowWeights, [.. cells], text.More);
    }

    private static string VersionLine(GroupDossier dossier, DossierText text)
    {
        var last = dossier.CanvasVersions[^1];
        static IEnumerable<(string, string, string)> Keys(IEnumerable<DossierEntry> entries) =>
            entries.Select(e => (e.Id, e.Block, e.Text)).Order();
        var changed = !Keys(last.Entries).SequenceEqual(Keys(dossier.Canvas));
        return text.Common.F(text.VersionOf, last.Number, text.Common.Date(last.At)) + (changed ? text.ChangedSince : string.Empty);
    }

    private static IEnumerable<ReportBlock> Meetings(GroupDossier dossier, DossierText text)
    {
        var common = text.Common;
        if (dossier.Meetings.Count == 0)
        {
            yield return new TextBlock(common.Nothing);
        }

        foreach (var m in dossier.Meetings)
        {
            yield return new HeadingBlock(3, $"{m.Title} — {common.Time(m.StartsAt)} ({m.DurationMinutes} min)");
            foreach (var (value, label) in new[] { (m.Place, text.Place), (m.Agenda, text.Agenda), (m.Minutes, text.Minutes) })
            {
                if (value.Length > 0)
                {
                    yield return new TextBlock(value, label);
                }
            }

            if (m.Decisions.Count > 0)
            {
                yield return new TextBlock(string.Empty, text.Decisions);
                yield return new ListBlock(m.Decisions);
            }
        }
    }

    private static IEnumerable<ReportBlock> Origin(GroupOrigin? origin, DossierText text)
    {
        var common = text.Common;
        if (origin is null)
        {
            yield return new TextBlock(text.FromScratch);
            yield break;
        }

        yield return new TextBlock($"{origin.SessionTitle} ({common.Date(origin.SessionDate)})", text.Evening);
        yield return new TextBlock(origin.WorkshopTitle, common.Workshop);
        yield return new TextBlock(origin.PisteTitle, text.Piste);
        if (origin.AverageRating is { } average)
        {
            yield return new TextBlock(common.F(common.RatingSummary, average.ToString("0.0", common.Culture), origin.RatingCount), common.Ratings);
        }

        if (origin.Clusters.Count > 0)
        {
            yield return new HeadingBlock(3, common.Clusters);
        }

        foreach (var cluster in origin.Clusters)
        {
            yield return new HeadingBlock(4, $"{cluster.Title} — {common.VoteCount(cluster.Votes)}{Star(cluster.Starred)}");
            yield return new ListBlock([.. cluster.Notes.Select(n => $"{n.Text} ({common.VoteCount(n.Votes)}){Star(n.Starred)}")]);
        }
    }

    private static string Star(bool starred) => starred ? " ★" : string.Empty;

    private static ReportBlock Table(DossierText text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? new TextBlock(text.Common.Nothing) : new TableBlock(header, list);
    }
}
