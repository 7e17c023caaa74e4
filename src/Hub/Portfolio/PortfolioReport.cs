using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>
/// The démarche's yearly report, French first (English for an English démarche): the year's evenings, participants,
/// proposals, pistes and groups, the activities launched by theme, the portfolio by stage, and for each launched
/// activity its path back to the proposal or evening it came from (proposal → soirée and workshop → piste → group →
/// stage). Counts are of the year asked; the launched activities are those launched to date that were alive that year.
/// </summary>
internal static class PortfolioReport
{
    public static ReportDocument Build(PortfolioData data, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        var language = data.Language;
        var text = PortfolioText.For(language);
        var common = text.Common;
        var demarche = data.Demarche;
        var soirees = demarche.Soirees.Where(s => s.CreatedAt.UtcDateTime.Year == year).OrderBy(s => s.CreatedAt).ToList();
        var projects = data.Portfolio.Projects;
        var launched = projects
            .Where(p => PortfolioStages.IsLaunched(p.Stage) && p.LastActivity.UtcDateTime.Year >= year
                && data.Groups.First(g => g.Id == p.GroupId).CreatedAt.UtcDateTime.Year <= year)
            .ToList();
        string N(int n) => n.ToString(common.Culture);

        var title = common.F(text.Report, year, demarche.Name);
        var blocks = new List<ReportBlock> { new HeadingBlock(1, title) };
        if (demarche.Territory.Length > 0)
        {
            blocks.Add(new TextBlock(demarche.Territory, text.Territory));
        }

        blocks.Add(new HeadingBlock(2, text.Figures));
        blocks.Add(new TableBlock(text.FigureColumns,
        [
            [text.Evenings, N(soirees.Count)],
            [text.Participants, N(soirees.Sum(s => s.Participants))],
            [text.Proposals, N(demarche.Proposals.Count(p => p.CreatedAt.UtcDateTime.Year == year))],
            [text.Pistes, N(soirees.Sum(s => s.Pistes.Count))],
            [text.Groups, N(data.Groups.Count(g => g.CreatedAt.UtcDateTime.Year == year))],
            [text.Launched, N(launched.Count)],
        ]));

        blocks.Add(new HeadingBlock(2, text.ByTheme));
        var byTheme = launched.GroupBy(p => p.ThemeLabel ?? text.NoTheme, StringComparer.Ordinal)
            .Select(g => new ChartBar(g.Key, g.Count())).OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.CurrentCulture).ToList();
        blocks.Add(byTheme.Count == 0 ? new TextBlock(common.Nothing) : new ChartBlock(text.ByTheme, text.ThemeColumns[0], text.ThemeColumns[1], byTheme));

        blocks.Add(new HeadingBlock(2, text.ByStage));
        blocks.Add(new TableBlock(text.StageColumns, [.. Enum.GetValues<PortfolioStage>().Select(s => (IReadOnlyList<string>)
            [PortfolioStages.NameOf(s, language), N(projects.Count(p => p.Stage == s))])]));

        blocks.Add(new HeadingBlock(2, text.EveningsList));
        blocks.Add(soirees.Count == 0
            ? new TextBlock(common.Nothing)
            : new TableBlock(text.EveningColumns, [.. soirees.Select(s => (IReadOnlyList<string>)[s.Title, common.Date(s.CreatedAt), N(s.Participants), N(s.Pistes.Count)])]));

        blocks.Add(new HeadingBlock(2, text.Paths));
        if (launched.Count == 0)
        {
            blocks.Add(new TextBlock(common.Nothing));
        }

        foreach (var p in launched)
        {
            blocks.Add(new HeadingBlock(3, p.ThemeLabel is { } theme ? $"{p.Name} — {theme}" : p.Name));
            blocks.Add(new ListBlock(Path(p, data, text), Numbered: true));
        }

        return new ReportDocument(title, language, blocks);
    }

    private static List<string> Path(PortfolioProject project, PortfolioData data, PortfolioText text)
    {
        var common = text.Common;
        var steps = new List<string>();
        if (project.Origin is { } o)
        {
            if (PortfolioPaths.ProposalOf(o, data.Demarche) is { } proposal)
            {
                var kind = text.Kinds.GetValueOrDefault(proposal.Kind, proposal.Kind);
                steps.Add($"{common.F(text.Proposal, proposal.Title, proposal.Supports)} — {kind}");
            }

            steps.Add(common.F(text.Evening, o.SessionTitle, common.Date(o.SessionDate), o.WorkshopTitle));
            steps.Add(common.F(text.Piste, o.PisteTitle));
        }
        else
        {
            steps.Add(text.FromScratch);
        }

        steps.Add(common.F(text.Group, project.Name));
        steps.Add(common.F(text.Stage, PortfolioStages.NameOf(project.Stage, data.Language)));
        return steps;
    }
}
