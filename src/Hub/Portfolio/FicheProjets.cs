using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>Makes a group's fiche projet, whole for its seats and members, or with its published fields only.</summary>
internal static class FicheProjets
{
    // The canvas blocks that say what made the project work, in the order another territory reads them.
    private static readonly string[] s_factorBlocks = ["proposition", "activites", "ressources", "partenaires", "segments", "revenus", CanvasBlocks.Impact];

    /// <summary>
    /// The fiche of <paramref name="group"/>. With <paramref name="publicOnly"/>, only what the group published: its
    /// name, promise, theme, stage and public text, its needs and offers and milestones only if it chose to show them,
    /// no canvas and never a contact. In <paramref name="language"/> (labels and the PDF's words), else the group's.
    /// </summary>
    public static FicheProjet Of(GroupSnapshot group, bool publicOnly, DateTimeOffset exportedAt, string? language = null, string? demarche = null, string? territory = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        language = language is "fr" or "en" ? language : group.Language;
        var publication = group.Publication;
        var showNeeds = !publicOnly || publication.ShowNeeds;
        var showMilestones = !publicOnly || publication.ShowMilestones;
        FicheExchange[] Of(ExchangeKind kind) => showNeeds
            ? [.. group.Exchanges.Where(x => x.Kind == kind).Select(x => new FicheExchange(x.Category, x.Text))]
            : [];
        return new FicheProjet
        {
            Name = group.Name,
            Promise = group.Promise,
            Territory = territory ?? string.Empty,
            Theme = group.Theme,
            ThemeLabel = group.Theme is { } t ? Themes.Label(t, language) : null,
            Stage = PortfolioStages.Of(group.Stage),
            StopReason = group.StopReason,
            Description = publication.PublicText ?? (publicOnly ? string.Empty : group.Promise),
            SuccessFactors = publicOnly
                ? []
                : [.. s_factorBlocks.SelectMany(b => group.Canvas.Where(i => i.Block == b)
                    .Select(i => new FicheFactor(CanvasBlocks.NameOf(b, language), i.Text.Length <= 160 ? i.Text : i.Text[..159] + "…")))
                    .Take(FicheProjet.MaxSuccessFactors)],
            Needs = Of(ExchangeKind.Need),
            Offers = Of(ExchangeKind.Offer),
            Milestones = showMilestones ? [.. group.Milestones.Select(m => new FicheMilestone(m.Title, m.Due, m.Status))] : [],
            Contact = null,
            Source = new FicheSource(demarche, territory, group.Id, exportedAt),
            Language = language,
        };
    }

    /// <summary>The fiche as a printable document, in its language.</summary>
    public static ReportDocument Document(FicheProjet fiche)
    {
        ArgumentNullException.ThrowIfNull(fiche);
        var text = DossierText.For(fiche.Language);
        var en = fiche.Language == "en";
        var blocks = new List<ReportBlock> { new HeadingBlock(1, $"{(en ? "Project sheet" : "Fiche projet")} — {fiche.Name}") };
        void Line(string value, string label)
        {
            if (value.Length > 0)
            {
                blocks.Add(new TextBlock(value, label));
            }
        }

        Line(fiche.Promise, text.Promise);
        Line(fiche.Territory, en ? "Territory" : "Territoire");
        Line(fiche.ThemeLabel ?? string.Empty, text.Theme);
        Line(PortfolioStages.NameOf(fiche.Stage, fiche.Language), text.Stage);
        Line(fiche.StopReason ?? string.Empty, text.StopReason);
        if (fiche.Description.Length > 0 && fiche.Description != fiche.Promise)
        {
            blocks.Add(new HeadingBlock(2, en ? "Description" : "Présentation"));
            blocks.Add(new TextBlock(fiche.Description));
        }

        if (fiche.SuccessFactors.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, en ? "Success factors" : "Facteurs de réussite"));
            blocks.Add(new ListBlock([.. fiche.SuccessFactors.Select(f => f.Label is { } l ? $"{l} : {f.Text}" : f.Text)]));
        }

        if (fiche.Needs.Count + fiche.Offers.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, text.Exchanges));
            blocks.Add(new TableBlock(text.ExchangeColumns,
            [
                .. fiche.Needs.Select(x => (IReadOnlyList<string>)[text.ExchangeKinds[0], ExchangeCategories.NameOf(x.Category, fiche.Language), x.Text]),
                .. fiche.Offers.Select(x => (IReadOnlyList<string>)[text.ExchangeKinds[1], ExchangeCategories.NameOf(x.Category, fiche.Language), x.Text]),
            ]));
        }

        if (fiche.Milestones.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, text.Road));
            blocks.Add(new TableBlock([.. text.MilestoneColumns.Take(3)], [.. fiche.Milestones.Select(m => (IReadOnlyList<string>)
                [m.Title, m.Due is { } due ? text.Day(due) : string.Empty, text.StatusName(m.Status)])]));
        }

        if (fiche.Contact is { } c)
        {
            Line(string.Join(" · ", new[] { c.Name, c.Email, c.Phone, c.Url }.Where(s => !string.IsNullOrEmpty(s))), en ? "Contact" : "Contact");
        }

        return new ReportDocument($"{(en ? "Project sheet" : "Fiche projet")} — {fiche.Name}", fiche.Language, blocks);
    }
}
