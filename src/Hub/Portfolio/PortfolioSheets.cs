using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>The portfolio as one row per project, for a workbook (dates as dates) or CSV.</summary>
internal static class PortfolioSheets
{
    public static byte[] Xlsx(PortfolioData data)
    {
        var text = PortfolioText.For(data.Language);
        return XlsxExport.Write([new XlsxSheet(text.Sheet, text.Columns, Rows(data).Select(r => r.Cells))]);
    }

    public static byte[] Csv(PortfolioData data)
    {
        var text = PortfolioText.For(data.Language);
        return CsvExport.Write(text.Columns, Rows(data).Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c switch
        {
            null => string.Empty,
            DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            int n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => c.ToString() ?? string.Empty,
        })]), ',');
    }

    private static IEnumerable<(PortfolioProject Project, object?[] Cells)> Rows(PortfolioData data)
    {
        var language = data.Language;
        var portfolio = data.Portfolio;
        var names = portfolio.Projects.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        string Exchanges(IEnumerable<Exchange> list) => string.Join("\n", list.Select(x => $"[{ExchangeCategories.NameOf(x.Category, language)}] {x.Text}"));
        foreach (var p in portfolio.Projects)
        {
            var linked = portfolio.Links.Where(l => l.NeedProjectId == p.Id).Select(l => l.OfferProjectId)
                .Concat(portfolio.Links.Where(l => l.OfferProjectId == p.Id).Select(l => l.NeedProjectId))
                .Distinct(StringComparer.Ordinal).Select(id => names[id]);
            yield return (p,
            [
                p.Name, p.ThemeLabel, PortfolioStages.NameOf(p.Stage, language), p.StopReason,
                p.MilestonesDone, p.MilestonesTotal,
                p.NextMilestone is { } next ? next.Due is { } due ? $"{next.Title} ({due:yyyy-MM-dd})" : next.Title : null,
                p.LastActivity, Exchanges(p.Needs), Exchanges(p.Offers), string.Join("\n", linked), Origin(p, data, language),
            ]);
        }
    }

    /// <summary>Where a project came from, in one line: the proposal if known, the soirée, its workshop and the piste.</summary>
    public static string Origin(PortfolioProject project, PortfolioData data, string language)
    {
        var text = PortfolioText.For(language);
        if (project.Origin is not { } o)
        {
            return text.FromScratch;
        }

        var parts = new List<string>();
        if (PortfolioPaths.ProposalOf(o, data.Demarche) is { } proposal)
        {
            parts.Add(text.Common.F(text.Proposal, proposal.Title, proposal.Supports));
        }

        parts.Add(text.Common.F(text.Evening, o.SessionTitle, text.Common.Date(o.SessionDate), o.WorkshopTitle));
        parts.Add(text.Common.F(text.Piste, o.PisteTitle));
        return string.Join(" → ", parts);
    }
}
