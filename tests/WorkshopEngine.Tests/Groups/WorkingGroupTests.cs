using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Groups.Events;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Tests.Groups;

public sealed class WorkingGroupTests
{
    private static readonly ContactDetails s_odile = new("Odile Chabert", "odile.chabert@example.fr", "+33 6 12 34 56 78");

    [Fact]
    public void AGroupHasTwoSeatsAndBadInputIsRefusedBeforeAnyEvent()
    {
        var d = GroupDriver.Created();

        Assert.Equal(["seat-1", "seat-2"], d.Group.Seats);
        Assert.Equal(1, d.Group.SeatOf("seat-1"));
        Assert.Equal(GroupStage.Exploration, d.Group.Stage);
        Assert.Equal("ACDEFGHJ", d.Group.JoinCode);
        Assert.Throws<WorkshopException>(() => WorkingGroup.Create("group-x", " ", null, "fr", "acde-fghj", null, "a", "b"));
        Assert.Throws<WorkshopException>(() => WorkingGroup.Create("group-x", "Nom", null, "fr", "acde-fghj", null, "a", "a"));
        Assert.Throws<WorkshopException>(() => WorkingGroup.Create("group-x", "Nom", null, "de", "acde-fghj", null, "a", "b"));
    }

    [Fact]
    public void MembersJoinByCodeInvitationsBecomeMembersAndResourcePeopleNeedConsent()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.Invite(GroupDriver.Seat1, "inv-odile", "Odile", s_odile));
        d.Execute(g => g.Join("m-bruno", "Bruno"));

        d.Execute(g => g.AcceptInvitation(GroupDriver.Member("inv-odile"), null, keepContact: true));
        Assert.Empty(d.Execute(g => g.AcceptInvitation(GroupDriver.Member("inv-odile"), null, keepContact: true)).Events);
        d.Refuses(ErrorCodes.InvalidArgument, g => g.AddResource(GroupDriver.Seat2, "r-1", "Mme Vidal, CCI", "Financement", null, consent: false));
        d.Refuses(ErrorCodes.Forbidden, g => g.AddResource(GroupDriver.Member("m-bruno"), "r-1", "Mme Vidal", null, null, consent: true));
        d.Execute(g => g.AddResource(GroupDriver.Seat2, "r-1", "Mme Vidal, CCI", "Financement", new ContactDetails(null, "vidal@example.fr", null), consent: true));

        Assert.Equal(["Bruno", "Mme Vidal, CCI", "Odile"], d.Group.Members.Select(m => m.Nickname).Order(StringComparer.Ordinal));
        Assert.Equal(MemberKind.Resource, d.Group.FindMember("r-1")!.Kind);
        Assert.Equal(s_odile, d.Group.FindMember("inv-odile")!.Contact);
        Assert.True(d.Group.Invitations.Single().Accepted);
        d.AssertReplays();
    }

    [Fact]
    public void ContactsReachTheCoAnimatorsOnlyAndEachMemberSeesTheirOwn()
    {
        var d = GroupDriver.Created(Origin());
        d.Execute(g => g.Invite(GroupDriver.Seat1, "inv-odile", "Odile", s_odile));
        d.Execute(g => g.AcceptInvitation(GroupDriver.Member("inv-odile"), "Odile C.", keepContact: true));
        d.Execute(g => g.Join("m-bruno", "Bruno"));
        d.Execute(g => g.Invite(GroupDriver.Seat1, "inv-yvette", "Yvette", new ContactDetails(null, null, "04 75 00 00 00")));

        var seat = d.Group.ViewFor(GroupDriver.Seat2);
        var odile = d.Group.ViewFor(GroupDriver.Member("inv-odile"));
        var bruno = d.Group.ViewFor(GroupDriver.Member("m-bruno"));
        var animator = d.Group.ViewFor(GroupDriver.EveningAnimator);

        Assert.Equal(s_odile, seat.Members.Single(m => m.Id == "inv-odile").Contact);
        Assert.Equal(2, seat.Invitations.Count);
        Assert.Equal(2, animator.Invitations.Count);
        Assert.Equal(s_odile, odile.Members.Single(m => m.Id == "inv-odile").Contact);
        Assert.All(bruno.Members, m => Assert.Null(m.Contact));
        Assert.Empty(bruno.Invitations);
        Assert.Empty(bruno.Seats);
        Assert.Empty(seat.Seats);
        Assert.Equal("Odile C.", seat.Members.Single(m => m.Id == "inv-odile").Nickname);
    }

    [Fact]
    public void TheCanvasKeepsVersionsAndAHistoryOfWhatChangedSinceAnyVisit()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.Join("m-bruno", "Bruno"));
        d.Execute(g => g.AddCanvasItem(GroupDriver.Member("m-bruno"), "i-1", "proposition", "Aller au marché du samedi sans voiture"));
        d.Execute(g => g.AddCanvasItem(GroupDriver.Seat1, "i-2", "segments", "Personnes âgées des hameaux"));
        d.Execute(g => g.SaveCanvasVersion(GroupDriver.Seat1, null));
        var visit = d.Group.Version;
        d.Now = d.Now.AddDays(14);
        d.Execute(g => g.EditCanvasItem(GroupDriver.Member("m-bruno"), "i-1", "proposition", "Aller au marché et chez le médecin sans voiture"));
        d.Execute(g => g.AddCanvasItem(GroupDriver.Seat2, "i-3", "impact", "Moins de voitures sur la D104", source: "meeting-1/note-7"));
        d.Execute(g => g.RemoveCanvasItem(GroupDriver.Seat1, "i-2"));
        d.Execute(g => g.SaveCanvasVersion(GroupDriver.Seat2, "Après la réunion de décembre"));

        var v1 = d.Group.FindCanvasVersion(1)!;
        var v2 = d.Group.FindCanvasVersion(2)!;
        Assert.Equal("Version 1", v1.Label);
        Assert.Equal(["Aller au marché du samedi sans voiture", "Personnes âgées des hameaux"], v1.Items.Select(i => i.Text));
        Assert.Equal(["Aller au marché et chez le médecin sans voiture", "Moins de voitures sur la D104"], v2.Items.Select(i => i.Text));
        Assert.Equal(
            [("canvas", "changed", "i-1"), ("canvas", "added", "i-3"), ("canvas", "removed", "i-2"), ("canvas", "version", "2")],
            d.Group.ChangesSince(visit).Select(c => (c.Area, c.Kind, c.ItemId)));
        Assert.Empty(d.Execute(g => g.AddCanvasItem(GroupDriver.Seat2, "i-3", "impact", "Moins de voitures sur la D104", source: "meeting-1/note-7")).Events);
        d.AssertReplays();
    }

    [Fact]
    public void OnlyTheAuthorOrACoAnimatorChangesAnEntryAndOnlyCoAnimatorsKeepFromAMeeting()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.Join("m-bruno", "Bruno"));
        d.Execute(g => g.Join("m-lea", "Léa"));
        d.Execute(g => g.AddCanvasItem(GroupDriver.Member("m-bruno"), "i-1", "canaux", "Affiches à la mairie"));

        d.Refuses(ErrorCodes.Forbidden, g => g.EditCanvasItem(GroupDriver.Member("m-lea"), "i-1", "canaux", "Autre"));
        d.Refuses(ErrorCodes.Forbidden, g => g.RemoveCanvasItem(GroupDriver.Member("m-lea"), "i-1"));
        d.Refuses(ErrorCodes.Forbidden, g => g.AddCanvasItem(GroupDriver.Member("m-lea"), "i-2", "canaux", "Bouche à oreille", source: "m/n"));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.AddCanvasItem(GroupDriver.Member("m-lea"), "i-2", "nulle-part", "Bouche à oreille"));
        d.Refuses(ErrorCodes.NoteEmpty, g => g.AddCanvasItem(GroupDriver.Member("m-lea"), "i-2", "canaux", "  "));
        d.Refuses(ErrorCodes.Forbidden, g => g.AddCanvasItem(GroupDriver.Member("m-inconnu"), "i-2", "canaux", "Bouche à oreille"));
        d.Refuses(ErrorCodes.Forbidden, g => g.SaveCanvasVersion(GroupDriver.Member("m-lea"), null));
        d.Execute(g => g.EditCanvasItem(GroupDriver.Seat2, "i-1", "relations", "Affiches à la mairie et au marché"));
        Assert.Equal("relations", d.Group.Canvas.Single().Block);
    }

    [Fact]
    public void MilestonesActionsAndMeetingsRunWithoutAMeetingRunning()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.Join("m-bruno", "Bruno"));
        var bruno = GroupDriver.Member("m-bruno");

        d.Execute(g => g.SetMilestone(GroupDriver.Seat1, "j-1", "Étude de besoins auprès des hameaux", new DateOnly(2027, 3, 31), MilestoneStatus.InProgress, null));
        d.Refuses(ErrorCodes.Forbidden, g => g.SetMilestone(bruno, "j-2", "Lancement", null, MilestoneStatus.Planned, null));
        d.Execute(g => g.SetAction(bruno, "a-1", "Demander le minibus à la commune", "m-bruno", null, new DateOnly(2027, 1, 15), done: false));
        d.Execute(g => g.SetAction(bruno, "a-1", "Demander le minibus à la commune", "m-bruno", null, new DateOnly(2027, 1, 15), done: true));
        d.Refuses(ErrorCodes.NotFound, g => g.SetAction(bruno, "a-2", "Appeler la CCI", "m-personne", null, null, done: false));
        d.Execute(g => g.SetAction(bruno, "a-2", "Appeler la CCI", null, "Mme Vidal", null, done: false));
        d.Execute(g => g.SetMeeting(GroupDriver.Seat1, "r-1", "Réunion de lancement", new DateTimeOffset(2026, 12, 10, 18, 30, 0, TimeSpan.FromHours(1)), 90,
            "Salle des fêtes de Joyeuse", "1. Le canvas\n2. Les actions", null, null));
        d.Refuses(ErrorCodes.InvalidArgument, g => g.SetMeeting(GroupDriver.Seat1, "r-2", "Trop court", d.Now, 2, null, null, null, null));
        d.Execute(g => g.SetMeeting(GroupDriver.Seat1, "r-1", "Réunion de lancement", new DateTimeOffset(2026, 12, 10, 18, 30, 0, TimeSpan.FromHours(1)), 90,
            "Salle des fêtes de Joyeuse", "1. Le canvas\n2. Les actions", "Quinze présents.", ["Tester la navette en février"]));

        Assert.Equal("done", d.Group.History.Last(h => h.Area == "action" && h.ItemId == "a-1").Kind);
        Assert.Equal(["Tester la navette en février"], d.Group.FindMeeting("r-1")!.Decisions);
        Assert.Equal("r-1", d.Group.NextMeeting(d.Now)!.Id);
        d.Execute(g => g.LinkLiveMeeting(GroupDriver.Seat1, "r-1", "session-live-1", "ABCDEFGH"));
        d.Refuses(ErrorCodes.SessionState, g => g.RemoveMeeting(GroupDriver.Seat1, "r-1"));
        d.Execute(g => g.SetMeeting(GroupDriver.Seat2, "r-1", "Réunion de lancement", new DateTimeOffset(2026, 12, 10, 18, 30, 0, TimeSpan.FromHours(1)), 120,
            "Salle des fêtes de Joyeuse", null, "Quinze présents.", ["Tester la navette en février"]));
        Assert.Equal("session-live-1", d.Group.FindMeeting("r-1")!.LiveSessionId);
        d.AssertReplays();
    }

    [Fact]
    public void SeatsAreHandedOverByTheEveningsAnimatorOrTheirHolderAndTheOldHolderLosesTheGroup()
    {
        var d = GroupDriver.Created(Origin());
        d.Execute(g => g.HandOverSeat(GroupDriver.EveningAnimator, 1, "seat-new"));
        d.Refuses(ErrorCodes.Forbidden, g => g.ChangeCard(GroupDriver.Seat1, "Navette", null, GroupStage.Strategy));
        d.Refuses(ErrorCodes.Forbidden, g => g.HandOverSeat(GroupDriver.Seat2, 1, "seat-x"));
        d.Refuses(ErrorCodes.AlreadyExists, g => g.HandOverSeat(GroupDriver.Seat2, 2, "seat-new"));
        d.Execute(g => g.HandOverSeat(GroupDriver.Seat2, 2, "seat-other"));

        var scratch = GroupDriver.Created();
        scratch.Refuses(ErrorCodes.Forbidden, g => g.HandOverSeat(GroupDriver.EveningAnimator, 1, "seat-new"));
        Assert.Equal(["seat-new", "seat-other"], d.Group.Seats);
    }

    [Fact]
    public void AMemberWhoAsksToBeErasedIsNamedNowhereInTheStateNorInTheCopiesOfTheLog()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.Invite(GroupDriver.Seat1, "inv-odile", "Odile", s_odile));
        var odile = GroupDriver.Member("inv-odile");
        d.Execute(g => g.AcceptInvitation(odile, null, keepContact: true));
        d.Execute(g => g.AddCanvasItem(odile, "i-1", "ressources", "Mon tracteur le week-end"));
        d.Execute(g => g.SetAction(odile, "a-1", "Prêter le tracteur", "inv-odile", null, null, done: false));
        d.Execute(g => g.Leave(odile, "inv-odile", erase: true));

        var member = d.Group.FindMember("inv-odile")!;
        Assert.True(member.Erased);
        Assert.Equal(string.Empty, member.Nickname);
        Assert.Null(member.Contact);
        Assert.Equal(string.Empty, d.Group.Canvas.Single().AuthorId);
        Assert.Null(d.Group.Actions.Single().OwnerId);
        Assert.DoesNotContain(d.Group.ViewFor(GroupDriver.Seat1).Members, m => m.Id == "inv-odile");
        Assert.DoesNotContain(d.Group.History, h => h.AuthorId == "inv-odile" || h.Text == "Odile");

        var copies = d.Events.Select(e => WorkingGroup.ErasedCopy(e.Event, "inv-odile") is { } copy ? e with { Event = copy } : e).ToList();
        var text = string.Join("\n", copies.Select(e => e.Event.ToString()));
        Assert.DoesNotContain("Odile", text, StringComparison.Ordinal);
        Assert.DoesNotContain("odile.chabert", text, StringComparison.Ordinal);
        Assert.Contains("Mon tracteur le week-end", text, StringComparison.Ordinal);
        Assert.Equivalent(d.Group.ToSnapshot(), WorkingGroup.FromEvents(copies).ToSnapshot(), strict: true);
        d.Refuses(ErrorCodes.Forbidden, g => g.AddCanvasItem(odile, "i-2", "ressources", "Encore"));
    }

    [Fact]
    public void AClosedGroupRefusesWritesButAMemberMayStillLeaveAndBeErased()
    {
        var d = GroupDriver.Created();
        d.Execute(g => g.Join("m-bruno", "Bruno"));
        d.Execute(g => g.Close(GroupDriver.Seat1, "La navette roule depuis mars : le projet est lancé."));

        Assert.NotNull(d.Group.ClosedAt);
        d.Refuses(ErrorCodes.SessionState, g => g.AddCanvasItem(GroupDriver.Member("m-bruno"), "i-1", "canaux", "Trop tard"));
        d.Refuses(ErrorCodes.SessionState, g => g.Join("m-2", "Nouveau"));
        d.Execute(g => g.Leave(GroupDriver.Member("m-bruno"), "m-bruno", erase: true));
        Assert.True(d.Group.FindMember("m-bruno")!.Erased);
    }

    [Fact]
    public void GroupEventsAreNotASoireesAndASoireeRefusesToFoldThem()
    {
        var d = GroupDriver.Created();

        Assert.All(d.Events, e => Assert.IsAssignableFrom<GroupEvent>(e.Event));
        Assert.Throws<InvalidOperationException>(() => WorkshopEngine.Sessions.Session.FromEvents(d.Events));
    }

    private static GroupOrigin Origin() => new("soiree-1", "Soirée créative de Joyeuse", new DateTimeOffset(2026, 11, 20, 19, 0, 0, TimeSpan.FromHours(1)),
        "w-emergence", "Se déplacer sans voiture", "p-1", "Navette solidaire", [], null, 0);
}
