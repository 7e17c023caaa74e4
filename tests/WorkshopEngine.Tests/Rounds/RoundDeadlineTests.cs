using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Rounds;

public sealed class RoundDeadlineTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static (SessionDriver Driver, Actor Lea) Ideation()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "ideation");
        d.Advance(TimeSpan.FromMinutes(6));
        return (d, lea);
    }

    [Fact]
    public void NoteSentWithinTheWritingGraceAfterTheDeadlineIsAccepted()
    {
        var (d, lea) = Ideation();
        d.Advance(Round.WritingGrace - TimeSpan.FromMilliseconds(1));

        d.AddNote(lea, "n1", "w1", "idee", "Tapée quand le temps s'est écoulé");

        Assert.NotNull(d.Session.FindNote("n1"));
    }

    [Fact]
    public void NoteSentAfterTheDeadlinePlusTheWritingGraceIsRefused()
    {
        var (d, lea) = Ideation();
        d.Advance(Round.WritingGrace + TimeSpan.FromMilliseconds(1));

        d.Refuses(ErrorCodes.RoundDeadlinePassed, (s, now) => s.AddNote(lea, now, "n1", "w1", "idee", "Trop tard", null));
    }

    [Fact]
    public void WritingRoundsGiveSecondsOfGraceAndOtherRoundsAQuarterOfASecond()
    {
        var (d, _) = Ideation();

        Assert.Equal(TimeSpan.FromSeconds(5), d.Round("w1", "ideation").GraceAfterDeadline());
        Assert.Equal(TimeSpan.FromMilliseconds(250), d.Round("w1", "vote").GraceAfterDeadline());
    }

    [Fact]
    public void StaffMayStillWriteAfterTheDeadline()
    {
        var (d, _) = Ideation();
        d.Advance(TimeSpan.FromSeconds(5));

        d.AddNote(s_anim, "n1", "w1", "idee", "Recopiée d'une feuille");

        Assert.Equal(SessionDriver.AnimatorId, d.Session.FindNote("n1")!.AuthorId);
    }

    [Fact]
    public void AuthorCannotEditANoteAfterDeadlinePlusGrace()
    {
        var (d, lea) = Ideation();
        d.AddNote(lea, "n1", "w1", "idee", "Première version");
        d.Advance(Round.WritingGrace + TimeSpan.FromMilliseconds(1));

        d.Refuses(ErrorCodes.RoundDeadlinePassed, (s, now) => s.EditNote(lea, now, "n1", "Seconde version"));
    }

    [Fact]
    public void ParticipantCannotWriteWhileTheRoundIsPausedButStaffCan()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "ideation");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w1", "ideation"));

        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.AddNote(lea, now, "n1", "w1", "idee", "En pause", null));
        d.AddNote(s_anim, "n2", "w1", "idee", "Notée par l'animateur");
        Assert.NotNull(d.Session.FindNote("n2"));
    }

    [Fact]
    public void VoteAfterDeadlinePlusGraceIsRefused()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", []));
        d.StartRound("w1", "vote");
        d.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromMilliseconds(200));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));

        d.Advance(TimeSpan.FromMilliseconds(100));

        d.Refuses(ErrorCodes.RoundDeadlinePassed, (s, now) => s.CastVote(lea, now, "w1", "c1"));
        Assert.Single(d.Session.Votes);
    }
}
