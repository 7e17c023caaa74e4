using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Demarches;
using StartupTerritoire.WorkshopEngine.Demarches.Events;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Tests.Demarches;

/// <summary>The démarche's rules: who may change it, what each change checks, and where its four phases stand.</summary>
public sealed class DemarcheTests
{
    private static readonly Actor Coordinator = new(Role.Animator, "coord-1");
    private static readonly Actor OtherCoordinator = new(Role.Animator, "coord-2");
    private static readonly Actor Camille = new(Role.CoAnimator, "anim-1");
    private readonly List<StoredEvent> _events = [];
    private Demarche _demarche = Demarche.FromEvents([]);

    public DemarcheTests() =>
        Execute(_ => Demarche.Create("demarche-1", "Start'up de Territoire Ardèche méridionale 2026", "Ardèche méridionale", null, "consultation-1", Coordinator.Id));

    [Fact]
    public void OnlyItsCoordinatorChangesItAndANamedAnimatorIsKnownWhileNamed()
    {
        Refuses(ErrorCodes.Forbidden, d => d.SetPartner(OtherCoordinator, "pays", "Pays", "collectivites", "premier", null));
        Refuses(ErrorCodes.Forbidden, d => d.SetPartner(Camille, "pays", "Pays", "collectivites", "premier", null));
        Refuses(ErrorCodes.Forbidden, d => d.SetPartner(Actor.System, "pays", "Pays", "collectivites", "premier", null));

        Execute(d => d.SetAnimator(Coordinator, Camille.Id, "Camille", "animateur"));
        Assert.True(_demarche.IsNamedAnimator(Camille));
        Assert.False(_demarche.IsNamedAnimator(new Actor(Role.Participant, Camille.Id)));
        Assert.False(_demarche.IsCoordinator(OtherCoordinator));
        Refuses(ErrorCodes.Forbidden, d => d.SetPlan(Camille, "Soirée", null, []));
        Execute(d => d.RemoveAnimator(Coordinator, Camille.Id));
        Assert.False(_demarche.IsNamedAnimator(Camille));
    }

    [Fact]
    public void APartnerNeedsAnUniversOfTheSixACircleAndAValidContactAndSendingItAgainChangesNothing()
    {
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPartner(Coordinator, "p", "Partenaire", "martiens", "premier", null));
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPartner(Coordinator, "p", "Partenaire", "citoyens", "second", null));
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPartner(Coordinator, "p", " ", "citoyens", "premier", null));
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPartner(Coordinator, "p", "Partenaire", "citoyens", "premier", new ContactDetails(null, "nope", null)));

        Execute(d => d.SetPartner(Coordinator, "p", "Club Cigales", "financeurs", "rejoint", new ContactDetails("Luc", null, "06 00 00 00 00")));
        Assert.True(_demarche.SetPartner(Coordinator, "p", "Club Cigales", "financeurs", "rejoint", new ContactDetails("Luc", null, "06 00 00 00 00")).IsEmpty);
        Assert.Equal("06 00 00 00 00", Assert.Single(_demarche.Partners).Contact!.Phone);
        Execute(d => d.RemovePartner(Coordinator, "p"));
        Refuses(ErrorCodes.NotFound, d => d.RemovePartner(Coordinator, "p"));
    }

    [Fact]
    public void EachKindOfProposalBecomesItsWorkshopFormatAndAProposalIsPickedOnce()
    {
        Execute(d => d.SetPlan(Coordinator, "Soirée de Joyeuse", new DateOnly(2026, 3, 12),
            [("p-1", "defi", "Se déplacer"), ("p-2", "projetLocal", "Légumerie"), ("p-3", "projetAilleurs", "Ressourcerie")]));

        Assert.Equal(["emergence", "acceleration", "essaimage"], _demarche.Plan.Picks.Select(p => p.Format));
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPlan(Coordinator, "Soirée", null, [("p-1", "defi", "A"), ("p-1", "defi", "A")]));
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPlan(Coordinator, "Soirée", null, [("p-1", "sondage", "A")]));
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPlan(Coordinator, "Soirée", new DateOnly(1999, 1, 1), []));
        Refuses(ErrorCodes.InvalidArgument, d => d.SetPlan(Coordinator, "Soirée", null, [.. Enumerable.Range(0, 51).Select(i => ($"p-{i}", "defi", "A"))]));
    }

    [Fact]
    public void ThePhasesFollowWhatTheDemarcheHoldsFromMobilisationToLaunch()
    {
        Assert.All(_demarche.Phases(new DemarcheFacts(0, 0, 0, 0)), p => Assert.Equal("aFaire", p.Status));

        Execute(d => d.SetPartner(Coordinator, "pays", "Pays", "collectivites", "premier", null));
        Assert.Equal(["enCours", "aFaire", "aFaire", "aFaire"], _demarche.Phases(new DemarcheFacts(0, 0, 0, 0)).Select(p => p.Status));
        Execute(d => d.SetPlan(Coordinator, "Soirée", null, [("p-1", "defi", "Se déplacer")]));
        Assert.Equal(["enCours", "enCours", "aFaire", "aFaire"], _demarche.Phases(new DemarcheFacts(1, 0, 0, 0)).Select(p => p.Status));
        Execute(d => d.LinkSoiree(Coordinator, "soiree-1", "Soirée", [new LinkedWorkshop("w-1", "Se déplacer", "p-1")]));
        Assert.Equal(["fait", "fait", "enCours", "aFaire"], _demarche.Phases(new DemarcheFacts(1, 2, 0, 0)).Select(p => p.Status));
        Assert.Equal(["fait", "fait", "fait", "enCours"], _demarche.Phases(new DemarcheFacts(1, 2, 1, 0)).Select(p => p.Status));
        Assert.Equal(["fait", "fait", "fait", "fait"], _demarche.Phases(new DemarcheFacts(1, 2, 1, 1)).Select(p => p.Status));
        Assert.Equal(1, _demarche.Phases(new DemarcheFacts(1, 2, 1, 1))[0].Counts["univers"]);
    }

    [Fact]
    public void LinkingASoireeOrAGroupTwiceChangesNothingAndTheLogFoldsBackToTheSameState()
    {
        Execute(d => d.LinkSoiree(Coordinator, "soiree-1", "Soirée", []));
        Execute(d => d.LinkGroup(Coordinator, "group-1"));
        Assert.True(_demarche.LinkSoiree(Coordinator, "soiree-1", "Soirée", []).IsEmpty);
        Assert.True(_demarche.LinkGroup(Coordinator, "group-1").IsEmpty);

        var again = Demarche.FromEvents(_events);
        Assert.Equal(_demarche.Version, again.Version);
        Assert.Equal(["group-1"], again.LinkedGroups);
        Assert.Equal("soiree-1", Assert.Single(again.Soirees).SessionId);
        Assert.IsType<DemarcheCreated>(_events[0].Event);
    }

    private void Execute(Func<Demarche, Decision> command)
    {
        foreach (var e in command(_demarche).Events)
        {
            var stored = new StoredEvent(_demarche.Version + 1, DateTimeOffset.UnixEpoch, e);
            _demarche.Apply(stored);
            _events.Add(stored);
        }

        _demarche = Demarche.FromEvents(_events);
    }

    private void Refuses(string code, Func<Demarche, Decision> command)
    {
        var version = _demarche.Version;
        Assert.Equal(code, Assert.Throws<WorkshopException>(() => command(_demarche)).Code);
        Assert.Equal(version, _demarche.Version);
    }
}
