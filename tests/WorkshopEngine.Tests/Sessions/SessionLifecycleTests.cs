using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Sessions;

public sealed class SessionLifecycleTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    [Fact]
    public void ANewSessionIsADraftWithACanonicalJoinCode()
    {
        var d = SessionDriver.Created();

        Assert.Equal(SessionState.Draft, d.Session.State);
        Assert.Equal("ACDEFGHJ", d.Session.JoinCode);
        Assert.Equal(("soiree-joyeuse", "fr", SessionDriver.AnimatorId, d.Now), (d.Session.Id, d.Session.Language, d.Session.AnimatorId, d.Session.CreatedAt));
    }

    [Theory]
    [InlineData("abcd-efgh", "fr", "Titre")]
    [InlineData("acde-fghj", "de", "Titre")]
    [InlineData("acde-fghj", "fr", "  ")]
    public void CreatingWithAWrongArgumentIsRefused(string joinCode, string language, string title)
    {
        var ex = Assert.Throws<WorkshopException>(() => Session.Create("s1", title, language, joinCode, false, "anim"));

        Assert.Equal(ErrorCodes.InvalidArgument, ex.Code);
    }

    [Fact]
    public void NobodyJoinsADraft()
    {
        var d = SessionDriver.Created();

        d.Refuses(ErrorCodes.SessionState, (s, _) => s.Join("lea", "Léa", null));
    }

    [Fact]
    public void OpeningTwiceDecidesNothing()
    {
        var d = SessionDriver.Opened();

        Assert.Equal(SessionState.Open, d.Session.State);
        Assert.True(d.Execute((s, _) => s.Open(s_anim)).IsEmpty);
    }

    [Fact]
    public void LockedJoiningRefusesNewcomersUntilUnlocked()
    {
        var d = SessionDriver.Opened();
        d.Join("lea");

        d.Execute((s, _) => s.LockJoining(s_anim, true));
        d.Refuses(ErrorCodes.JoiningLocked, (s, _) => s.Join("marc", "Marc", null));
        Assert.True(d.Execute((s, _) => s.LockJoining(s_anim, true)).IsEmpty);

        d.Execute((s, _) => s.LockJoining(s_anim, false));
        d.Join("marc");
        Assert.Equal(2, d.Session.Participants.Count);
    }

    [Fact]
    public void JoiningChecksIdNicknameAndTable()
    {
        var d = SessionDriver.Opened();
        d.Join("lea", nickname: "  Léa  ");

        Assert.Equal("Léa", d.Session.FindParticipant("lea")!.Nickname);
        d.Refuses(ErrorCodes.AlreadyExists, (s, _) => s.Join("lea", "Encore Léa", null));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.Join("marc", "Marc", "t404"));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.Join("marc", new string('m', 41), null));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.Join("marc", " ", null));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.Join("marc dupont", "Marc", null));
    }

    [Fact]
    public void ClosingEndsRunningAndPausedRounds()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Essaimage);
        d.StartRound("w1", "ideation");
        d.StartRound("w2", "transposition");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w2", "transposition"));

        d.Execute((s, _) => s.Close(s_anim));

        Assert.Equal(SessionState.Closed, d.Session.State);
        Assert.Equal(RoundStatus.Ended, d.Round("w1", "ideation").Status);
        Assert.Equal(RoundStatus.Ended, d.Round("w2", "transposition").Status);
        Assert.True(d.Execute((s, _) => s.Close(s_anim)).IsEmpty);
    }

    [Fact]
    public void AClosedSessionRefusesWrites()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");
        d.AddNote(lea, "n1", "w1", "idee");
        d.Execute((s, _) => s.Close(s_anim));

        d.Refuses(ErrorCodes.SessionState, (s, _) => s.Open(s_anim));
        d.Refuses(ErrorCodes.SessionState, (s, _) => s.Join("marc", "Marc", null));
        d.Refuses(ErrorCodes.SessionState, (s, now) => s.StartRound(s_anim, now, "w1", "vote"));
        d.Refuses(ErrorCodes.SessionState, (s, now) => s.AddNote(s_anim, now, "n2", "w1", "idee", "Après", null));
        d.Refuses(ErrorCodes.SessionState, (s, now) => s.EditNote(s_anim, now, "n1", "Après"));
        d.Refuses(ErrorCodes.SessionState, (s, now) => s.EditNote(lea, now, "n1", "Après"));
        d.Refuses(ErrorCodes.SessionState, (s, _) => s.CreateCluster(s_anim, "c1", "w1", "Après", ["n1"]));
        d.Refuses(ErrorCodes.SessionState, (s, _) => s.LockJoining(s_anim, true));
        d.Refuses(ErrorCodes.SessionState, (s, _) => s.AddWorkshop(s_anim, "w2", WorkshopFormat.Emergence, "Après", WorkshopInputs.Challenge));
        d.Refuses(ErrorCodes.SessionState, (s, _) => s.Rename(lea, "lea", "Après"));
    }

    [Fact]
    public void TheSessionSpeaksEnglishWhenAsked()
    {
        var d = SessionDriver.Opened();
        d.Execute((s, _) => s.UpdateSettings(s_anim, "Creative evening", "en", false));

        d.AddWorkshop("w1", WorkshopFormat.Emergence);

        Assert.Equal("Framing", d.Round("w1", "cadrage").Name);
    }

    [Fact]
    public void AWorkshopHoldingNotesCannotBeRemoved()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");
        d.AddNote(lea, "n1", "w1", "idee");

        d.Refuses(ErrorCodes.WorkshopNotEmpty, (s, _) => s.RemoveWorkshop(s_anim, "w1"));
        d.Execute((s, _) => s.RemoveWorkshop(s_anim, "w2"));
        Assert.Equal(["w1"], d.Session.Workshops.Select(w => w.Id));
    }

    [Fact]
    public void EachFormatNeedsItsOwnInput()
    {
        var d = SessionDriver.Opened();

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AddWorkshop(s_anim, "w1", WorkshopFormat.Emergence, "Défi", WorkshopInputs.ProjectCard));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AddWorkshop(s_anim, "w1", WorkshopFormat.Acceleration, "Projet", WorkshopInputs.Challenge));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AddWorkshop(s_anim, "w1", WorkshopFormat.Essaimage, "Ailleurs", WorkshopInputs.Challenge));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AddWorkshop(s_anim, "w1", (WorkshopFormat)42, "Inconnu", WorkshopInputs.Challenge));
    }
}
