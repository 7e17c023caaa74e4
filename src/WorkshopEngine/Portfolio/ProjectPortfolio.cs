using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>
/// The démarche's portfolio (phase 4), a pure read model: every working group with its stage, milestones, last
/// activity, needs and offers, every piste of its evenings that no group took up, the themes, and the links between
/// a project's needs and another's offers.
/// </summary>
public sealed record ProjectPortfolio(IReadOnlyList<PortfolioProject> Projects, IReadOnlyList<PortfolioTheme> Themes, IReadOnlyList<PortfolioLink> Links)
{
    /// <summary>
    /// Builds the portfolio from the pistes of the démarche's evenings and its groups (as their snapshots stand), in
    /// <paramref name="language"/> ("fr" or "en") for the theme labels and the links' whys. A piste whose group is
    /// among <paramref name="groups"/> is that group; the others stay pistes. Projects come by stage, then name.
    /// </summary>
    public static ProjectPortfolio Build(IReadOnlyList<PortfolioPiste> pistes, IReadOnlyList<GroupSnapshot> groups, string language)
    {
        ArgumentNullException.ThrowIfNull(pistes);
        ArgumentNullException.ThrowIfNull(groups);
        var byGroup = pistes.Where(p => p.GroupId is not null).GroupBy(p => p.GroupId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var groupIds = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var projects = new List<PortfolioProject>();
        foreach (var g in groups.DistinctBy(g => g.Id))
        {
            projects.Add(FromGroup(g, byGroup.GetValueOrDefault(g.Id), language));
        }

        foreach (var p in pistes.Where(p => p.GroupId is null || !groupIds.Contains(p.GroupId)).DistinctBy(p => (p.SessionId, p.PisteId)))
        {
            projects.Add(new PortfolioProject
            {
                Id = $"piste:{p.SessionId}:{p.PisteId}",
                Name = p.Title,
                Stage = PortfolioStage.Piste,
                LastActivity = p.SessionDate,
                Origin = new PortfolioOrigin(p.SessionId, p.SessionTitle, p.SessionDate, p.WorkshopTitle, p.PisteId, p.Title, p.ProposalId),
            });
        }

        var ordered = projects.OrderBy(p => p.Stage).ThenBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var themes = ordered.Where(p => p.Theme is not null)
            .GroupBy(p => p.Theme!, StringComparer.Ordinal)
            .Select(t => new PortfolioTheme(t.Key, Portfolio.Themes.Label(t.Key, language), t.Count()))
            .OrderBy(t => Portfolio.Themes.IsKey(t.Key) ? IndexOf(t.Key) : int.MaxValue)
            .ThenBy(t => t.Label, StringComparer.CurrentCulture)
            .ToList();
        return new ProjectPortfolio(ordered, themes, NeedMatcher.Match(ordered, language));
    }

    private static PortfolioProject FromGroup(GroupSnapshot g, PortfolioPiste? piste, string language)
    {
        var kept = g.Milestones.Where(m => m.Status != MilestoneStatus.Dropped).ToList();
        var origin = g.Origin is { } o
            ? new PortfolioOrigin(o.SessionId, o.SessionTitle, o.SessionDate, o.WorkshopTitle, o.PisteId, o.PisteTitle, piste?.ProposalId)
            : piste is { } p ? new PortfolioOrigin(p.SessionId, p.SessionTitle, p.SessionDate, p.WorkshopTitle, p.PisteId, p.Title, p.ProposalId) : null;
        return new PortfolioProject
        {
            Id = g.Id,
            GroupId = g.Id,
            Name = g.Name,
            Promise = g.Promise,
            Theme = g.Theme,
            ThemeLabel = g.Theme is { } t ? Portfolio.Themes.Label(t, language) : null,
            Stage = PortfolioStages.Of(g.Stage),
            StopReason = g.StopReason,
            MilestonesDone = kept.Count(m => m.Status == MilestoneStatus.Reached),
            MilestonesTotal = kept.Count,
            Milestones = g.Milestones,
            NextMilestone = kept.Where(m => m.Status is MilestoneStatus.Planned or MilestoneStatus.InProgress)
                .OrderBy(m => m.Due ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(),
            LastActivity = g.History.Count > 0 ? g.History.Max(h => h.At) : g.CreatedAt,
            Needs = [.. g.Exchanges.Where(x => x.Kind == ExchangeKind.Need)],
            Offers = [.. g.Exchanges.Where(x => x.Kind == ExchangeKind.Offer)],
            Origin = origin,
            Publication = g.Publication,
            Published = g.Publication.Published,
            Closed = g.ClosedAt is not null,
        };
    }

    private static int IndexOf(string key)
    {
        for (var i = 0; i < Portfolio.Themes.All.Count; i++)
        {
            if (Portfolio.Themes.All[i].Key == key)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
