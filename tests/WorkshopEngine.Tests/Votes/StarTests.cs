using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Tests.Votes;

public sealed class StarTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    /// <summary>Accélération w2 held by Léa, Marc's visible question q1 and a cluster c1, in the tri round.</summary>
    private static (SessionDriver Driver, Actor Lea, Actor Marc) Tri()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w2", WorkshopFormat.Acceleration);
        var lea = d.Join("lea");
        var marc = d.Join("marc");
        d.Execute((s, _) => s.AssignHolder(s_anim, "w2", "lea"));
        d.StartRound("w2", "questions");
        d.AddNote(marc, "q1", "w2", "question", "Quel local ?");
        d.StartRound("w2", "tri");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w2", "Local", ["q1"]));
        return (d, lea, marc);
    }

    [Fact]
    public void TheHolderStarsAndUnstarsDuringTri()
    {
        var (d, lea, _) = Tri();

        d.Execute((s, now) => s.Star(lea, now, "w2", "c1", true));
        d.Execute((s, now) => s.Star(lea, now, "w2", "q1", true));
        Assert.Equal([new Star("w2", "c1"), new Star("w2", "q1")], d.Session.Stars);
        Assert.True(d.Execute((s, now) => s.Star(lea, now, "w2", "c1", true)).IsEmpty);

        d.Execute((s, now) => s.Star(lea, now, "w2", "c1", false));
        Assert.Equal([new Star("w2", "q1")], d.Session.Stars);
    }

    [Fact]
    public void OnlyTheHolderOrStaffStar()
    {
        var (d, _, marc) = Tri();

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Star(marc, now, "w2", "c1", true));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Star(SessionDriver.Board, now, "w2", "c1", true));
        d.Execute((s, now) => s.Star(s_anim, now, "w2", "c1", true));
        Assert.Single(d.Session.Stars);
    }

    [Fact]
    public void TheHolderStarsOnlyDuringAStarringRoundButStaffAnyTime()
    {
        var (d, lea, _) = Tri();
        d.Execute((s, _) => s.EndRound(s_anim, "w2", "tri"));

        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.Star(lea, now, "w2", "c1", true));
        d.Execute((s, now) => s.Star(s_anim, now, "w2", "c1", true));
        Assert.Single(d.Session.Stars);
    }

    [Fact]
    public void ANewHolderTakesOverTheStars()
    {
        var (d, lea, marc) = Tri();

        d.Execute((s, _) => s.AssignHolder(s_anim, "w2", "marc"));

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Star(lea, now, "w2", "c1", true));
        d.Execute((s, now) => s.Star(marc, now, "w2", "c1", true));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.AssignHolder(s_anim, "w2", "ghost"));
    }

    [Fact]
    public void StarringAHiddenNoteIsRefused()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "ideation");
        d.AddNote(lea, "n1", "w1", "idee", "Cachée");

        d.Refuses(ErrorCodes.NotFound, (s, now) => s.Star(s_anim, now, "w1", "n1", true));
    }
}
