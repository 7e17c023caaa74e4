using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>The démarche's public page: its name and territory and the projects that chose to publish, as they chose.</summary>
public sealed record PublicPortfolio(string Name, string Territory, string Language, IReadOnlyList<PublicProject> Projects)
{
    /// <summary>
    /// Only published groups, and of each only its published fields: name, promise, theme, stage and public text,
    /// its needs and offers and its milestones if it chose to show them. No member, no contact, no stop reason.
    /// </summary>
    public static PublicPortfolio Of(string name, string territory, string language, ProjectPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return new PublicPortfolio(name, territory, language, [.. portfolio.Projects
            .Where(p => p.GroupId is not null && p.Publication.Published)
            .Select(p => new PublicProject(
                p.GroupId!, p.Name, p.Promise, p.Theme, p.ThemeLabel, p.Stage, p.Publication.PublicText,
                p.Publication.ShowNeeds ? [.. p.Needs.Select(x => new PublicExchange(x.Category, x.Text))] : [],
                p.Publication.ShowNeeds ? [.. p.Offers.Select(x => new PublicExchange(x.Category, x.Text))] : [],
                p.Publication.ShowMilestones ? [.. p.Milestones.Select(m => new PublicMilestone(m.Title, m.Due, m.Status))] : []))]);
    }
}

/// <summary>A published project, <see cref="Id"/> its group's id: its fiche projet is at <c>/api/groups/{id}/fiche.{json|pdf}</c>.</summary>
public sealed record PublicProject(
    string Id, string Name, string Promise, string? Theme, string? ThemeLabel, PortfolioStage Stage, string? PublicText,
    IReadOnlyList<PublicExchange> Needs, IReadOnlyList<PublicExchange> Offers, IReadOnlyList<PublicMilestone> Milestones);

/// <summary>A published need or offer.</summary>
public sealed record PublicExchange(string Category, string Text);

/// <summary>A published milestone.</summary>
public sealed record PublicMilestone(string Title, DateOnly? Due, MilestoneStatus Status);
