using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The dossier as a workbook: sheets Canvas, Jalons, Actions, Réunions, Membres (with contacts in a co-animator's
/// dossier only) and Besoins et offres, dates as dates.
/// </summary>
internal static class GroupDossierSheets
{
    public static byte[] Write(GroupDossier dossier, DossierText text, bool withContacts)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var common = text.Common;
        var language = text == DossierText.English ? "en" : "fr";
        return XlsxExport.Write(
        [
            new("Canvas", text.CanvasColumns, dossier.Canvas.Select(e => new object?[]
            {
                CanvasBlocks.NameOf(e.Block, language), e.Text, e.ChangedAt, e.Source,
            })),
            new("Jalons", text.MilestoneColumns, dossier.Milestones.Select(m => new object?[]
            {
                m.Title, m.Due, text.StatusName(m.Status), m.Note,
            })),
            new("Actions", text.ActionColumns, dossier.Actions.Select(a => new object?[]
            {
                a.What, a.Owner, a.Due, text.YesNo(a.Done),
            })),
            new("Réunions", text.MeetingColumns, dossier.Meetings.Select(m => new object?[]
            {
                m.Title, m.StartsAt, m.DurationMinutes, m.Place, m.Agenda, m.Minutes, string.Join("\n", m.Decisions),
            })),
            new("Membres", [.. text.MemberColumns, .. (withContacts ? new[] { common.Name, common.Email, common.Phone } : [])], dossier.Members.Select(m => (object?[])
            [
                m.Nickname, text.KindName(m.Kind), m.Skills, m.JoinedAt,
                .. (withContacts ? new object?[] { m.Contact?.Name, m.Contact?.Email, m.Contact?.Phone } : []),
            ])),
            new("Besoins et offres", text.ExchangeColumns, dossier.Exchanges.Select(x => new object?[]
            {
                text.ExchangeKindName(x.Kind), ExchangeCategories.NameOf(x.Category, language), x.Text,
            })),
        ]);
    }
}
