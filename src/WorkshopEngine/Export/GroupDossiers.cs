using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>Makes a group's dossier from the group as its reader may see it.</summary>
public static class GroupDossiers
{
    /// <summary>
    /// The dossier of <paramref name="view"/> (a group redacted for its reader by <see cref="WorkingGroup.ViewFor"/>).
    /// Contact details stay only when <paramref name="withContacts"/> (a co-animator's dossier): a member's dossier has
    /// none, not even their own, since a dossier is printed and passed on.
    /// </summary>
    public static GroupDossier Of(GroupSnapshot view, bool withContacts, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(view);
        var members = view.Members.Where(m => !m.Left && !m.Erased).ToList();
        var nicknames = view.Members.Where(m => !m.Erased).ToDictionary(m => m.Id, m => m.Nickname, StringComparer.Ordinal);
        return new GroupDossier
        {
            ExportedAt = exportedAt,
            Group = new DossierCard(view.Name, view.Promise, view.Stage, view.Language, view.CreatedAt, view.ClosedAt, view.ClosedReason, view.Theme, view.StopReason),
            Exchanges = view.Exchanges,
            Origin = view.Origin,
            Canvas = Entries(view.Canvas),
            CanvasVersions = [.. view.CanvasVersions.Select(v => new DossierVersion(v.Number, v.Label, v.At, Entries(v.Items)))],
            Milestones = view.Milestones,
            Actions = [.. view.Actions.Select(a => new DossierAction(a.Id, a.What,
                a.OwnerId is null ? a.OwnerName : nicknames.GetValueOrDefault(a.OwnerId), a.OwnerId is not null, a.Due, a.Done, a.ChangedAt))],
            Meetings = [.. view.Meetings.Select(m => new DossierMeeting(m.Id, m.Title, m.StartsAt, m.DurationMinutes, m.Place, m.Agenda, m.Minutes, m.Decisions))],
            Members = [.. members.Select(m => new DossierMember(m.Nickname, m.Kind, m.Skills, withContacts ? m.Contact : null, m.JoinedAt))],
        };
    }

    private static List<DossierEntry> Entries(IEnumerable<CanvasItem> items) =>
        [.. items.Select(i => new DossierEntry(i.Id, i.Block, i.Text, i.ChangedAt, i.Source))];
}
