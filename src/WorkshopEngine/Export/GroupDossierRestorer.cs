using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// Turns a dossier back into the events of a new group (new id, join code and seats), so an imported group is stored
/// and loaded like any other. Every write goes through the group's own commands, as its first co-animator, so each
/// text, date and limit is checked as live input is; the canvas is replayed version by version so each version holds
/// what it held. People are not imported: no member, no resource person, no action owner who was a member. A closed
/// group's dossier makes an open group, since a group is imported to carry on.
/// </summary>
public static class GroupDossierRestorer
{
    /// <summary>The most regroupements and notes an origin quotes (a piste grows from one regroupement).</summary>
    public const int MaxOriginItems = 500;

    /// <summary>The events, numbered from 1, of a new group restoring <paramref name="dossier"/>.</summary>
    public static IReadOnlyList<StoredEvent> Restore(GroupDossier dossier, string groupId, string joinCode, string seat1, string seat2)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Format != GroupDossier.FormatName || dossier.Version != GroupDossier.CurrentVersion)
        {
            throw Invalid($"This is not a version {GroupDossier.CurrentVersion} dossier of a working group.");
        }

        var card = dossier.Group ?? throw Invalid("The dossier has no group.");
        var events = new List<StoredEvent>();
        var clock = When(card.CreatedAt, "createdAt");
        WorkingGroup? group = null;
        void Fold(Decision decision, DateTimeOffset at)
        {
            clock = When(at, "date") > clock ? at : clock;
            foreach (var e in decision.Events)
            {
                var stored = new StoredEvent(events.Count + 1, at, e);
                events.Add(stored);
                group?.Apply(stored);
            }
        }

        Fold(WorkingGroup.Create(groupId, card.Name, card.Promise, card.Language, joinCode, Origin(dossier.Origin), seat1, seat2), clock);
        group = WorkingGroup.FromEvents(events);
        var seat = new Actor(Role.CoAnimator, seat1);
        Fold(group.ChangeCard(seat, card.Name, card.Promise, card.Stage, card.Theme, card.StopReason), clock);
        var exchanges = Each(dossier.Exchanges ?? [], "exchanges");
        RequireUnique(exchanges.Select(x => Input.Id(x.Id, "exchange id")), "exchanges");
        foreach (var x in exchanges)
        {
            Fold(group.SetExchange(seat, x.Id, x.Kind, x.Category, x.Text), x.ChangedAt);
        }


        void SetCanvas(IReadOnlyList<DossierEntry?>? list, string what)
        {
            var entries = Each(list, what);
            RequireUnique(entries.Select(e => Input.Id(e.Id, "canvas entry id")), what);
            var wanted = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in group.Canvas.Where(i => !wanted.Contains(i.Id)).Select(i => i.Id).ToList())
            {
                Fold(group.RemoveCanvasItem(seat, gone), clock);
            }

            foreach (var e in entries.OrderBy(e => e.ChangedAt))
            {
                Fold(group.Canvas.Any(i => i.Id == e.Id)
                    ? group.EditCanvasItem(seat, e.Id, e.Block, e.Text)
                    : group.AddCanvasItem(seat, e.Id, e.Block, e.Text, e.Source), e.ChangedAt);
            }
        }

        foreach (var (version, index) in Each(dossier.CanvasVersions, "canvasVersions").Select((v, i) => (v, i)))
        {
            if (version.Number != index + 1)
            {
                throw Invalid("Canvas versions are numbered 1, 2, 3… in order.");
            }

            SetCanvas(version.Entries, $"version {version.Number}");
            Fold(group.SaveCanvasVersion(seat, version.Label), version.At);
        }

        SetCanvas(dossier.Canvas, "canvas");
        var milestones = Each(dossier.Milestones, "milestones");
        RequireUnique(milestones.Select(m => Input.Id(m.Id, "milestone id")), "milestones");
        foreach (var m in milestones)
        {
            Fold(group.SetMilestone(seat, m.Id, m.Title, m.Due, m.Status, m.Note), clock);
        }

        var actions = Each(dossier.Actions, "actions");
        RequireUnique(actions.Select(a => Input.Id(a.Id, "action id")), "actions");
        foreach (var a in actions.OrderBy(a => a.ChangedAt))
        {
            // A member who owned an action is not carried over; a name typed for someone outside the group is.
            Fold(group.SetAction(seat, a.Id, a.What, null, a.OwnerIsMember ? null : a.Owner, a.Due, a.Done), a.ChangedAt);
        }

        var meetings = Each(dossier.Meetings, "meetings");
        RequireUnique(meetings.Select(m => Input.Id(m.Id, "meeting id")), "meetings");
        foreach (var m in meetings)
        {
            Fold(group.SetMeeting(seat, m.Id, m.Title, m.StartsAt, m.DurationMinutes, m.Place, m.Agenda, m.Minutes, Each(m.Decisions, "decisions")), clock);
        }

        return events;
    }

    private static GroupOrigin? Origin(GroupOrigin? o)
    {
        if (o is null)
        {
            return null;
        }

        var clusters = Each(o.Clusters, "origin clusters");
        if (clusters.Count + clusters.Sum(c => c.Notes?.Count ?? 0) > MaxOriginItems)
        {
            throw Invalid($"An origin quotes at most {MaxOriginItems} regroupements and notes.");
        }

        if (o.AverageRating is < 1 or > 5 || o.RatingCount < 0 || (o.AverageRating is null) != (o.RatingCount == 0))
        {
            throw Invalid("The origin's ratings are an average from 1 to 5 over a count of ratings.");
        }

        return new GroupOrigin(
            Input.Id(o.SessionId, "origin sessionId"),
            Input.Line(o.SessionTitle, Input.MaxTitleLength, "origin sessionTitle"),
            When(o.SessionDate, "origin sessionDate"),
            Input.Id(o.WorkshopId, "origin workshopId"),
            Input.Line(o.WorkshopTitle, Input.MaxTitleLength, "origin workshopTitle"),
            Input.Id(o.PisteId, "origin pisteId"),
            Input.Line(o.PisteTitle, Input.MaxTitleLength, "origin pisteTitle"),
            [.. clusters.Select(c => new OriginCluster(Input.Id(c.Id, "origin cluster id"), Input.Line(c.Title, Input.MaxTitleLength, "origin cluster title"),
                Count(c.Votes), c.Starred,
                [.. Each(c.Notes, "origin notes").Select(n => new OriginNote(Input.Id(n.Id, "origin note id"), Input.NoteText(n.Text),
                    n.Column is null ? null : Input.Id(n.Column, "origin note column"), Count(n.Votes), n.Starred))]))],
            o.AverageRating,
            o.RatingCount);
    }

    private static List<T> Each<T>(IReadOnlyList<T?>? list, string what)
        where T : class =>
        list is null || list.Any(x => x is null) ? throw Invalid($"The dossier's {what} are missing or hold an empty item.") : [.. list.OfType<T>()];

    private static void RequireUnique(IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!ids.All(seen.Add))
        {
            throw Invalid($"The dossier's {what} name one id twice.");
        }
    }

    private static int Count(int value) => value >= 0 ? value : throw Invalid("A count of votes cannot be negative.");

    private static DateTimeOffset When(DateTimeOffset at, string field) =>
        at.Year is >= 2000 and <= 2100 ? at : throw Invalid($"{field} must fall between 2000 and 2100.");

    private static WorkshopException Invalid(string message) => new(ErrorCodes.InvalidArgument, message);
}
