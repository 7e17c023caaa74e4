using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Pistes;

public sealed class PisteTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static SessionDriver TwoClusters()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Emergence);
        d.Join("lea");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", []));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c-untitled", "w1", null, []));
        d.Execute((s, _) => s.CreateCluster(s_anim, "x1", "w2", "Ailleurs", []));
        return d;
    }

    [Fact]
    public void APisteFromAClusterTakesItsTitleUnlessGivenOne()
    {
        var d = TwoClusters();

        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p1", "w1", "c1", null));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p2", "w1", "c1", "  Navette du samedi "));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p3", "w1", null, "Une idée libre"));

        Assert.Equal(
            [new Piste("p1", "w1", "c1", "Mobilité", d.Now), new Piste("p2", "w1", "c1", "Navette du samedi", d.Now), new Piste("p3", "w1", null, "Une idée libre", d.Now)],
            d.Session.Pistes);
    }

    [Fact]
    public void APisteWithoutATitleIsRefused()
    {
        var d = TwoClusters();

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.PromoteToPiste(s_anim, "p1", "w1", null, " "));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.PromoteToPiste(s_anim, "p1", "w1", "c-untitled", null));
    }

    [Fact]
    public void PromotingWithWrongArgumentsIsRefused()
    {
        var d = TwoClusters();
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p1", "w1", "c1", null));

        d.Refuses(ErrorCodes.AlreadyExists, (s, _) => s.PromoteToPiste(s_anim, "p1", "w1", "c1", null));
        d.Refuses(ErrorCodes.WrongWorkshop, (s, _) => s.PromoteToPiste(s_anim, "p2", "w1", "x1", null));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.PromoteToPiste(s_anim, "p2", "w1", "c404", null));
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.PromoteToPiste(new Actor(Role.Participant, "lea"), "p2", "w1", "c1", null));
    }
}
