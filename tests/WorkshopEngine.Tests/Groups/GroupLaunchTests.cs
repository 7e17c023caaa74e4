using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.WorkshopEngine.Tests.Groups;

/// <summary>Phase 4 on the group's side: its theme, the launch stages, its needs and offers, and what it publishes.</summary>
public sealed class GroupLaunchTests
{
    [Fact]
    public void TheCardTakesASeedThemeOrAShortFreeTextAndTheLaunchStages()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.ChangeCard(GroupDriver.Seat1, "Navette solidaire", null, GroupStage.Launched, "circuitsCourts"));
        Assert.Equal("circuitsCourts", d.Group.Theme);
        Assert.Equal(GroupStage.Launched, d.Group.Stage);
        d.Execute(g => g.ChangeCard(GroupDriver.Seat1, "Navette solidaire", null, GroupStage.Active, "  Mobilité rurale  "));
        Assert.Equal("Mobilité rurale", d.Group.Theme);
        Assert.Equal(GroupStage.Active, d.Group.Stage);

        d.Refuses(ErrorCodes.InvalidArgument, g => g.ChangeCard(GroupDriver.Seat1, "Navette", null, GroupStage.Active, new string('t', 61)));
        d.Execute(g => g.ChangeCard(GroupDriver.Seat1, "Navette", null, GroupStage.Active, "deux\nlignes"));
        Assert.DoesNotContain('\n', d.Group.Theme!);
        d.Refuses(ErrorCodes.Forbidden, g => g.ChangeCard(GroupDriver.Member("m-1"), "Navette", null, GroupStage.Active));
        Assert.Equal("card", d.Group.History[^1].Area);
        d.AssertReplays();
    }

    [Fact]
    public void AStoppedProjectSaysWhyAndAnyOtherStageKeepsNoReason()
    {
        var d = GroupDriver.Created();
        d.Refuses(ErrorCodes.InvalidArgument, g => g.ChangeCard(GroupDriver.Seat1, "Navette", null, GroupStage.Stopped));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.ChangeCard(GroupDriver.Seat1, "Navette", null, GroupStage.Stopped, null, "   "));
        d.Execute(g => g.ChangeCard(GroupDriver.Seat1, "Navette", null, GroupStage.Stopped, null, "Pas de chauffeur bénévole l'hiver"));
        Assert.Equal("Pas de chauffeur bénévole l'hiver", d.Group.StopReason);
        d.Execute(g => g.ChangeCard(GroupDriver.Seat1, "Navette", null, GroupStage.Strategy, null, "ignoré"));
        Assert.Null(d.Group.StopReason);
        d.AssertReplays();
    }

    [Fact]
    public void ACardEventStoredBeforeThemesReadsAsNoThemeAndNoReason()
    {
        var d = GroupDriver.Created();
        var old = new StoredEvent(d.Group.Version + 1, d.Now, new GroupCardChanged("Navette", "Promesse", GroupStage.ReadyToLaunch));
        d.Group.Apply(old);
        Assert.Null(d.Group.Theme);
        Assert.Null(d.Group.StopReason);
        Assert.Equal(GroupStage.ReadyToLaunch, d.Group.Stage);
        Assert.Empty(d.Group.Exchanges);
        Assert.False(d.Group.Publication.Published);
    }

    [Fact]
    public void NeedsAndOffersAreStatedChangedAndRemovedByTheSeatsEachWithAHistoryLine()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.SetExchange(GroupDriver.Seat1, "x-1", ExchangeKind.Need, "lieu", "Un local pour garer le minibus"));
        d.Execute(g => g.SetExchange(GroupDriver.Seat2, "x-2", ExchangeKind.Offer, "competences", "Conduite de minibus"));
        Assert.Equal(Decision.None, d.Execute(g => g.SetExchange(GroupDriver.Seat1, "x-1", ExchangeKind.Need, "lieu", "Un local pour garer le minibus")));
        d.Execute(g => g.SetExchange(GroupDriver.Seat1, "x-1", ExchangeKind.Need, "lieu", "Un garage couvert"));
        Assert.Equal(["exchange:added", "exchange:added", "exchange:changed"], d.Group.History.Skip(1).Select(h => $"{h.Area}:{h.Kind}"));

        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetExchange(GroupDriver.Seat1, "x-3", ExchangeKind.Need, "chateau", "Un château"));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetExchange(GroupDriver.Seat1, "x-3", (ExchangeKind)7, "lieu", "Un local"));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetExchange(GroupDriver.Seat1, "x-3", ExchangeKind.Need, "lieu", new string('a', WorkingGroup.MaxExchangeLength + 1)));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetExchange(GroupDriver.Seat1, "x-3", ExchangeKind.Need, "lieu", " "));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetExchange(GroupDriver.Seat1, "x 3", ExchangeKind.Need, "lieu", "Un local"));
        d.Refuses(ErrorCodes.Forbidden, g => g.SetExchange(GroupDriver.Member("m-1"), "x-3", ExchangeKind.Need, "lieu", "Un local"));

        d.Execute(g => g.RemoveExchange(GroupDriver.Seat2, "x-2"));
        d.Refuses(ErrorCodes.NotFound, g => g.RemoveExchange(GroupDriver.Seat2, "x-2"));
        Assert.Equal("exchange:removed", $"{d.Group.History[^1].Area}:{d.Group.History[^1].Kind}");
        Assert.Equal("Un garage couvert", d.Group.Exchanges.Single().Text);
        d.AssertReplays();
    }

    [Fact]
    public void AProjectStatesAtMostSoManyNeedsAndOffers()
    {
        var d = GroupDriver.Created();
        for (var i = 0; i < WorkingGroup.MaxExchanges; i++)
        {
            d.Execute(g => g.SetExchange(GroupDriver.Seat1, $"x-{i}", ExchangeKind.Offer, "materiel", $"Outil {i}"));
        }

        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetExchange(GroupDriver.Seat1, "x-more", ExchangeKind.Offer, "materiel", "Encore un"));
        d.Execute(g => g.SetExchange(GroupDriver.Seat1, "x-0", ExchangeKind.Offer, "materiel", "Changé"));
    }

    [Fact]
    public void PublicationIsTheSeatsChoiceAndAClosedGroupMayOnlyWithdrawIt()
    {
        var d = GroupDriver.Created();
        Assert.False(d.Group.Publication.Published);
        d.Execute(g => g.SetPublication(GroupDriver.Seat1, true, "Une navette pour le marché", showNeeds: true, showMilestones: false));
        Assert.Equal(new Publication(true, "Une navette pour le marché", true, false), d.Group.Publication);
        Assert.Equal(Decision.None, d.Execute(g => g.SetPublication(GroupDriver.Seat1, true, "Une navette pour le marché", true, false)));
        d.Refuses(ErrorCodes.Forbidden, g => g.SetPublication(GroupDriver.Member("m-1"), false, null, false, false));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetPublication(GroupDriver.Seat1, true, new string('p', Publication.MaxPublicTextLength + 1), true, true));
        Assert.Equal("publication:published", $"{d.Group.History[^1].Area}:{d.Group.History[^1].Kind}");

        d.Execute(g => g.Close(GroupDriver.Seat1, "Lancée"));
        d.Refuses(ErrorCodes.SessionState, g => g.SetPublication(GroupDriver.Seat1, true, "Plus large", true, true));
        d.Execute(g => g.SetPublication(GroupDriver.Seat1, false, null, false, false));
        Assert.Equal("publication:unpublished", $"{d.Group.History[^1].Area}:{d.Group.History[^1].Kind}");
        d.AssertReplays();
    }
}
