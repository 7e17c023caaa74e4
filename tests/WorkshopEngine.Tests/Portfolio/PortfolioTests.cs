using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Portfolio;
using StartupTerritoire.WorkshopEngine.Tests.Groups;

namespace StartupTerritoire.WorkshopEngine.Tests.Portfolio;

/// <summary>The portfolio read model: stages from the groups', pistes without a group, themes, and needs matched with offers.</summary>
public sealed class PortfolioTests
{
    private static readonly DateTimeOffset s_evening = new(2026, 10, 2, 19, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(GroupStage.Exploration, PortfolioStage.Groupe)]
    [InlineData(GroupStage.BusinessModel, PortfolioStage.ModeleEconomique)]
    [InlineData(GroupStage.Strategy, PortfolioStage.ModeleEconomique)]
    [InlineData(GroupStage.ReadyToLaunch, PortfolioStage.Lancement)]
    [InlineData(GroupStage.Launched, PortfolioStage.Lancement)]
    [InlineData(GroupStage.Active, PortfolioStage.EnActivite)]
    [InlineData(GroupStage.Stopped, PortfolioStage.Arrete)]
    public void EveryGroupStageHasItsPortfolioStage(GroupStage stage, PortfolioStage expected) =>
        Assert.Equal(expected, PortfolioStages.Of(stage));

    [Fact]
    public void APisteWithoutAGroupIsAPisteAndAGroupIsItsGroupWithMilestonesAndWhyItStopped()
    {
        var navette = Group("group-navette", "Navette solidaire", GroupStage.Stopped, "Pas de chauffeur");
        navette.Execute(g => g.SetMilestone(GroupDriver.Seat1, "m-1", "Trouver un minibus", new DateOnly(2027, 1, 31), MilestoneStatus.Reached, null));
        navette.Execute(g => g.SetMilestone(GroupDriver.Seat1, "m-2", "Premier trajet", new DateOnly(2027, 3, 1), MilestoneStatus.Planned, null));
        navette.Execute(g => g.SetMilestone(GroupDriver.Seat1, "m-3", "Abandonné", null, MilestoneStatus.Dropped, null));
        var pistes = new[]
        {
            new PortfolioPiste("s-1", "Soirée d'Aubenas", s_evening, "p-1", "Navette", "Mobilité", "group-navette", "prop-1"),
            new PortfolioPiste("s-1", "Soirée d'Aubenas", s_evening, "p-2", "Jardin partagé", "Mobilité", null, null),
        };

        var portfolio = ProjectPortfolio.Build(pistes, [navette.Group.ToSnapshot()], "fr");

        Assert.Equal(2, portfolio.Projects.Count);
        var piste = portfolio.Projects.Single(p => p.Stage == PortfolioStage.Piste);
        Assert.Equal("Jardin partagé", piste.Name);
        Assert.Null(piste.GroupId);
        var group = portfolio.Projects.Single(p => p.GroupId == "group-navette");
        Assert.Equal(PortfolioStage.Arrete, group.Stage);
        Assert.Equal("Pas de chauffeur", group.StopReason);
        Assert.Equal((1, 2), (group.MilestonesDone, group.MilestonesTotal));
        Assert.Equal("m-2", group.NextMilestone!.Id);
        Assert.Equal("prop-1", group.Origin!.ProposalId);
        Assert.Equal(navette.Now, group.LastActivity);
    }

    [Fact]
    public void ThemesAreCountedWithTheirLabels()
    {
        var a = Group("group-a", "Ressourcerie", GroupStage.Active, theme: "economieCirculaire");
        var b = Group("group-b", "Atelier vélo", GroupStage.Launched, theme: "economieCirculaire");
        var c = Group("group-c", "Fromagerie", GroupStage.Exploration, theme: "Agriculture de montagne");
        var portfolio = ProjectPortfolio.Build([], [a.Group.ToSnapshot(), b.Group.ToSnapshot(), c.Group.ToSnapshot()], "fr");
        Assert.Equal([("economieCirculaire", "Économie circulaire", 2), ("Agriculture de montagne", "Agriculture de montagne", 1)],
            portfolio.Themes.Select(t => (t.Key, t.Label, t.Count)));
        Assert.Equal("Circular economy", ProjectPortfolio.Build([], [a.Group.ToSnapshot()], "en").Themes.Single().Label);
    }

    [Fact]
    public void ANeedMatchesOffersOfTheSameCategoryInOtherProjectsRankedBySharedWordsWithAWhy()
    {
        var ressourcerie = Group("group-ressourcerie", "Ressourcerie", GroupStage.Launched);
        ressourcerie.Execute(g => g.SetExchange(GroupDriver.Seat1, "n-1", ExchangeKind.Need, "lieu", "Un local de stockage pour les meubles"));
        ressourcerie.Execute(g => g.SetExchange(GroupDriver.Seat1, "o-self", ExchangeKind.Offer, "lieu", "Local de stockage des meubles"));
        var mairie = Group("group-tiers-lieu", "Tiers-lieu", GroupStage.Active);
        mairie.Execute(g => g.SetExchange(GroupDriver.Seat1, "o-1", ExchangeKind.Offer, "lieu", "Des locaux de stockage disponibles"));
        mairie.Execute(g => g.SetExchange(GroupDriver.Seat1, "o-2", ExchangeKind.Offer, "financement", "Un local de stockage"));
        var atelier = Group("group-atelier", "Atelier bois", GroupStage.Exploration);
        atelier.Execute(g => g.SetExchange(GroupDriver.Seat1, "o-3", ExchangeKind.Offer, "lieu", "Une salle de réunion"));
        var arrete = Group("group-arrete", "Projet arrêté", GroupStage.Stopped, "Fin");
        arrete.Execute(g => g.SetExchange(GroupDriver.Seat1, "o-4", ExchangeKind.Offer, "lieu", "Un local de stockage pour les meubles"));

        var portfolio = ProjectPortfolio.Build([], [ressourcerie.Group.ToSnapshot(), mairie.Group.ToSnapshot(), atelier.Group.ToSnapshot(), arrete.Group.ToSnapshot()], "fr");

        var links = portfolio.Links.Where(l => l.NeedId == "n-1").ToList();
        Assert.Equal(["o-1", "o-3"], links.Select(l => l.OfferId));
        Assert.All(links, l => Assert.Equal("group-ressourcerie", l.NeedProjectId));
        Assert.DoesNotContain(portfolio.Links, l => l.OfferProjectId == l.NeedProjectId);
        Assert.DoesNotContain(portfolio.Links, l => l.OfferProjectId == "group-arrete");
        Assert.True(links[0].SharedWords >= 2);
        Assert.StartsWith("Même catégorie : Lieu ; mots en commun : ", links[0].Why, StringComparison.Ordinal);
        Assert.Contains("stockage", links[0].Why, StringComparison.Ordinal);
        Assert.Equal("Même catégorie : Lieu", links[1].Why);
    }

    private static GroupDriver Group(string id, string name, GroupStage stage, string? stopReason = null, string? theme = null)
    {
        var d = GroupDriver.Created(id: id);
        d.Execute(g => g.ChangeCard(GroupDriver.Seat1, name, null, stage, theme, stopReason));
        return d;
    }
}
