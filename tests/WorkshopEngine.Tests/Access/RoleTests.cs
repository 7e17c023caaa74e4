using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Access;

public sealed class RoleTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;
    private static readonly Actor s_lea = new(Role.Participant, "lea");
    private static readonly Actor s_co1 = new(Role.CoAnimator, "co1", "t1");

    /// <summary>w1 at table t1 (co1) in its vote round, w2 at t2 (co2), Léa at t1, a cluster and a piste.</summary>
    private static SessionDriver TwoTables()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Essaimage);
        d.AddTable("t1", "w1", "co1");
        d.AddTable("t2", "w2", "co2");
        d.Join("lea", "t1");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", []));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p1", "w1", "c1", null));
        d.StartRound("w1", "vote");
        return d;
    }

    public static TheoryData<string> Commands =>
    [
        "start-round", "pause-round", "extend-round", "end-round", "skip-round", "add-round", "add-note", "reveal",
        "cluster", "promote", "star", "vote", "rate", "sign-up", "open", "close", "lock", "add-workshop", "focus", "rename-other",
    ];

    private static Func<Session, DateTimeOffset, Decision> Command(string name, Actor actor) => name switch
    {
        "start-round" => (s, now) => s.StartRound(actor, now, "w1", "pistes"),
        "pause-round" => (s, now) => s.PauseRound(actor, now, "w1", "vote"),
        "extend-round" => (s, _) => s.ExtendRound(actor, "w1", "vote", TimeSpan.FromMinutes(1)),
        "end-round" => (s, _) => s.EndRound(actor, "w1", "vote"),
        "skip-round" => (s, _) => s.SkipRound(actor, "w1", "pistes"),
        "add-round" => (s, _) => s.AddRound(actor, "w1", "bonus", "Bonus", null, TimeSpan.FromMinutes(1), new([]), false),
        "add-note" => (s, now) => s.AddNote(actor, now, "n1", "w1", "idee", "Une idée", null),
        "reveal" => (s, _) => s.RevealNotes(actor, "w1", null),
        "cluster" => (s, _) => s.CreateCluster(actor, "c2", "w1", "Autre", []),
        "promote" => (s, _) => s.PromoteToPiste(actor, "p2", "w1", "c1", null),
        "star" => (s, now) => s.Star(actor, now, "w1", "c1", true),
        "vote" => (s, now) => s.CastVote(actor, now, "w1", "c1"),
        "rate" => (s, now) => s.Rate(actor, now, "w2", 3),
        "sign-up" => (s, _) => s.SignUp(actor, "p1", null, false),
        "open" => (s, _) => s.Open(actor),
        "close" => (s, _) => s.Close(actor),
        "lock" => (s, _) => s.LockJoining(actor, true),
        "add-workshop" => (s, _) => s.AddWorkshop(actor, "w9", WorkshopFormat.Emergence, "Encore", WorkshopInputs.Challenge),
        "focus" => (s, _) => s.SetBoardFocus(actor, "w2"),
        "rename-other" => (s, _) => s.Rename(actor, "lea", "Piraté"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void TheBoardCannotWriteAnything(string command)
    {
        var d = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, Command(command, SessionDriver.Board));
    }

    [Theory]
    [InlineData("start-round")]
    [InlineData("pause-round")]
    [InlineData("extend-round")]
    [InlineData("end-round")]
    [InlineData("skip-round")]
    [InlineData("add-round")]
    [InlineData("reveal")]
    [InlineData("cluster")]
    [InlineData("promote")]
    [InlineData("open")]
    [InlineData("close")]
    [InlineData("lock")]
    [InlineData("add-workshop")]
    public void AParticipantCannotRunTheWorkshop(string command)
    {
        var d = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, Command(command, s_lea));
    }

    [Theory]
    [InlineData("start-round")]
    [InlineData("pause-round")]
    [InlineData("extend-round")]
    [InlineData("end-round")]
    [InlineData("skip-round")]
    [InlineData("add-round")]
    [InlineData("add-note")]
    [InlineData("reveal")]
    [InlineData("cluster")]
    [InlineData("promote")]
    [InlineData("star")]
    public void ACoAnimatorRunsTheirTablesWorkshop(string command)
    {
        var d = TwoTables();
        if (command is "add-note" or "reveal")
        {
            d.StartRound("w1", "ideation", s_co1);
            d.AddNote(s_lea, "lea-1", "w1", "idee", "Cachée");
        }

        var version = d.Session.Version;

        d.Execute(Command(command, s_co1));

        Assert.True(d.Session.Version > version, $"{command} decided nothing. {d.Replay}");
    }

    [Theory]
    [InlineData("start-round")]
    [InlineData("end-round")]
    [InlineData("add-note")]
    [InlineData("cluster")]
    [InlineData("star")]
    public void ACoAnimatorCannotRunAnotherTablesWorkshop(string command)
    {
        var d = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, Command(command, new Actor(Role.CoAnimator, "co2", "t2")));
        d.Refuses(ErrorCodes.Forbidden, Command(command, new Actor(Role.CoAnimator, "co-sans-table")));
    }

    [Theory]
    [InlineData("open")]
    [InlineData("close")]
    [InlineData("lock")]
    [InlineData("add-workshop")]
    [InlineData("focus")]
    [InlineData("rename-other")]
    public void ACoAnimatorCannotRunTheSession(string command)
    {
        var d = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, Command(command, s_co1));
    }

    [Fact]
    public void ParticipantsVoteRateAndSignUpButStaffDoNot()
    {
        var d = TwoTables();

        d.Execute(Command("vote", s_lea));
        d.Execute(Command("sign-up", s_lea));
        d.Refuses(ErrorCodes.Forbidden, Command("vote", s_co1));
        d.Refuses(ErrorCodes.Forbidden, Command("sign-up", s_co1));
    }

    [Fact]
    public void AParticipantRenamesThemselvesAndTheAnimatorRenamesAnyone()
    {
        var d = TwoTables();
        var marc = d.Join("marc", "t1");

        d.Execute((s, _) => s.Rename(s_lea, "lea", "  Léa B. "));
        d.Execute((s, _) => s.Rename(s_anim, "marc", "Marc (modéré)"));

        Assert.Equal("Léa B.", d.Session.FindParticipant("lea")!.Nickname);
        Assert.Equal("Marc (modéré)", d.Session.FindParticipant("marc")!.Nickname);
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.Rename(marc, "lea", "Intrus"));
    }
}
