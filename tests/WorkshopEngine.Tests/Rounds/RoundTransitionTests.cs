using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Rounds;

public sealed class RoundTransitionTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static SessionDriver Emergence()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        return d;
    }

    [Fact]
    public void StartingAPendingRoundRunsItUntilNowPlusItsDuration()
    {
        var d = Emergence();

        d.StartRound("w1", "ideation");

        var round = d.Round("w1", "ideation");
        Assert.Equal(RoundStatus.Running, round.Status);
        Assert.Equal(d.Now + TimeSpan.FromMinutes(6), round.EndsAt);
        Assert.Same(round, d.Session.FindWorkshop("w1")!.ActiveRound);
    }

    [Fact]
    public void PausingKeepsTheTimeLeftAndResumingCountsItFromNow()
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");
        d.Advance(TimeSpan.FromSeconds(100));

        d.Execute((s, now) => s.PauseRound(s_anim, now, "w1", "ideation"));
        Assert.Equal((RoundStatus.Paused, null, TimeSpan.FromSeconds(260)), (d.Round("w1", "ideation").Status, d.Round("w1", "ideation").EndsAt, d.Round("w1", "ideation").Remaining));

        d.Advance(TimeSpan.FromMinutes(30));
        Assert.True(d.Execute((s, now) => s.AdvanceClock(now)).IsEmpty, d.Replay);
        d.Execute((s, now) => s.ResumeRound(s_anim, now, "w1", "ideation"));

        Assert.Equal(RoundStatus.Running, d.Round("w1", "ideation").Status);
        Assert.Equal(d.Now + TimeSpan.FromSeconds(260), d.Round("w1", "ideation").EndsAt);
        Assert.Null(d.Round("w1", "ideation").Remaining);
    }

    [Fact]
    public void ExtendingARunningRoundMovesItsDeadline()
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");
        var endsAt = d.Round("w1", "ideation").EndsAt;

        d.Execute((s, _) => s.ExtendRound(s_anim, "w1", "ideation", TimeSpan.FromMinutes(2)));

        Assert.Equal(endsAt + TimeSpan.FromMinutes(2), d.Round("w1", "ideation").EndsAt);
    }

    [Fact]
    public void ExtendingAPausedRoundAddsToItsTimeLeft()
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w1", "ideation"));

        d.Execute((s, _) => s.ExtendRound(s_anim, "w1", "ideation", TimeSpan.FromSeconds(30)));

        Assert.Equal(TimeSpan.FromSeconds(390), d.Round("w1", "ideation").Remaining);
        Assert.Equal(RoundStatus.Paused, d.Round("w1", "ideation").Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(3_600_001)]
    public void ExtensionOutsideOneSecondToOneHourIsRefused(int milliseconds)
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.ExtendRound(s_anim, "w1", "ideation", TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void EndingARoundMarksItCompleted()
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");

        d.Execute((s, _) => s.EndRound(s_anim, "w1", "ideation"));

        Assert.Equal((RoundStatus.Ended, RoundEndReason.Completed), (d.Round("w1", "ideation").Status, d.Round("w1", "ideation").EndReason));
        Assert.Null(d.Session.FindWorkshop("w1")!.ActiveRound);
    }

    [Fact]
    public void EndingAPausedRoundIsAllowed()
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w1", "ideation"));

        d.Execute((s, _) => s.EndRound(s_anim, "w1", "ideation"));

        Assert.Equal(RoundStatus.Ended, d.Round("w1", "ideation").Status);
        Assert.Null(d.Round("w1", "ideation").Remaining);
    }

    [Fact]
    public void SkippingAPendingRoundMarksItSkippedWithoutRunningIt()
    {
        var d = Emergence();

        d.Execute((s, _) => s.SkipRound(s_anim, "w1", "cadrage"));

        Assert.Equal((RoundStatus.Ended, RoundEndReason.Skipped), (d.Round("w1", "cadrage").Status, d.Round("w1", "cadrage").EndReason));
        Assert.Null(d.Round("w1", "cadrage").EndsAt);
    }

    [Fact]
    public void SkippingTheRunningRoundEndsIt()
    {
        var d = Emergence();
        d.StartRound("w1", "cadrage");

        d.Execute((s, _) => s.SkipRound(s_anim, "w1", "cadrage"));

        Assert.Equal(RoundEndReason.Skipped, d.Round("w1", "cadrage").EndReason);
    }

    [Fact]
    public void StartingARoundEndsTheWorkshopsActiveRoundFirst()
    {
        var d = Emergence();
        d.StartRound("w1", "cadrage");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w1", "cadrage"));

        d.StartRound("w1", "ideation");

        Assert.Equal(RoundEndReason.Completed, d.Round("w1", "cadrage").EndReason);
        Assert.Single(d.Session.FindWorkshop("w1")!.Rounds, r => r.Status is RoundStatus.Running or RoundStatus.Paused);
    }

    [Fact]
    public void StartingARoundOfAPlenaryWorkshopMakesItTheCurrentWorkshop()
    {
        var d = Emergence();
        d.AddWorkshop("w2", WorkshopFormat.Essaimage);
        d.StartRound("w1", "cadrage");

        d.StartRound("w2", "presentation");

        Assert.Equal("w2", d.Session.CurrentWorkshopId);
    }

    [Fact]
    public void StartingARoundAtATableFromTheAccueilPutsTheRoomAtTables()
    {
        var d = Emergence();
        d.AddTable("t1", "w1", "co1");

        d.StartRound("w1", "cadrage");

        Assert.Equal("w1", d.Session.CurrentWorkshopId);
    }

    [Fact]
    public void StartingARoundAtATableAfterAPlenaryWorkshopPutsTheRoomAtTables()
    {
        var d = Emergence();
        d.AddWorkshop("wa", WorkshopFormat.Acceleration);
        d.AddWorkshop("wb", WorkshopFormat.Acceleration);
        d.AddTable("ta", "wa", "co-a");
        d.AddTable("tb", "wb", "co-b");
        d.StartRound("w1", "pistes");
        d.Execute((s, _) => s.EndRound(SessionDriver.Animator, "w1", "pistes"));

        d.StartRound("wa", "pitch", new Actor(Role.CoAnimator, "co-a", "ta"));
        d.StartRound("wb", "pitch", new Actor(Role.CoAnimator, "co-b", "tb"));

        Assert.Equal("wa", d.Session.CurrentWorkshopId);
    }

    [Fact]
    public void ATableStartingEarlyDoesNotPullTheRoomAwayFromAPlenaryRoundUnderWay()
    {
        var d = Emergence();
        d.AddWorkshop("wa", WorkshopFormat.Acceleration);
        d.AddTable("ta", "wa", "co-a");
        d.StartRound("w1", "vote");

        d.StartRound("wa", "pitch", new Actor(Role.CoAnimator, "co-a", "ta"));

        Assert.Equal("w1", d.Session.CurrentWorkshopId);
    }

    [Fact]
    public void StartingAPlenaryRoundBringsTheRoomBackFromTheTables()
    {
        var d = Emergence();
        d.AddWorkshop("wa", WorkshopFormat.Acceleration);
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        d.AddTable("ta", "wa", "co-a");
        d.StartRound("wa", "pitch");
        Assert.Equal("wa", d.Session.CurrentWorkshopId);

        d.StartRound("w3", "presentation");

        Assert.Equal("w3", d.Session.CurrentWorkshopId);
    }

    public static TheoryData<string, string> IllegalTransitions => new()
    {
        { "start-running", ErrorCodes.RoundState },
        { "start-ended", ErrorCodes.RoundState },
        { "pause-pending", ErrorCodes.RoundState },
        { "pause-paused", ErrorCodes.RoundState },
        { "resume-running", ErrorCodes.RoundState },
        { "resume-pending", ErrorCodes.RoundState },
        { "extend-pending", ErrorCodes.RoundState },
        { "extend-ended", ErrorCodes.RoundState },
        { "end-pending", ErrorCodes.RoundState },
        { "end-ended", ErrorCodes.RoundState },
        { "skip-ended", ErrorCodes.RoundState },
        { "start-unknown", ErrorCodes.NotFound },
        { "start-unknown-workshop", ErrorCodes.NotFound },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransitionIsRefusedAndChangesNothing(string transition, string code)
    {
        var d = Emergence();
        d.StartRound("w1", "cadrage");
        d.StartRound("w1", "ideation");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w1", "ideation"));
        d.Execute((s, now) => s.ResumeRound(s_anim, now, "w1", "ideation"));

        d.Refuses(code, transition switch
        {
            "start-running" => (s, now) => s.StartRound(s_anim, now, "w1", "ideation"),
            "start-ended" => (s, now) => s.StartRound(s_anim, now, "w1", "cadrage"),
            "pause-pending" => (s, now) => s.PauseRound(s_anim, now, "w1", "vote"),
            "pause-paused" => (s, now) => s.PauseRound(s_anim, now, "w1", "cadrage"),
            "resume-running" => (s, now) => s.ResumeRound(s_anim, now, "w1", "ideation"),
            "resume-pending" => (s, now) => s.ResumeRound(s_anim, now, "w1", "vote"),
            "extend-pending" => (s, _) => s.ExtendRound(s_anim, "w1", "vote", TimeSpan.FromMinutes(1)),
            "extend-ended" => (s, _) => s.ExtendRound(s_anim, "w1", "cadrage", TimeSpan.FromMinutes(1)),
            "end-pending" => (s, _) => s.EndRound(s_anim, "w1", "vote"),
            "end-ended" => (s, _) => s.EndRound(s_anim, "w1", "cadrage"),
            "skip-ended" => (s, _) => s.SkipRound(s_anim, "w1", "cadrage"),
            "start-unknown" => (s, now) => s.StartRound(s_anim, now, "w1", "apero"),
            "start-unknown-workshop" => (s, now) => s.StartRound(s_anim, now, "w9", "cadrage"),
            _ => throw new ArgumentOutOfRangeException(nameof(transition)),
        });
    }

    [Fact]
    public void NoRoundStartsBeforeTheSessionOpens()
    {
        var d = SessionDriver.Created();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);

        d.Refuses(ErrorCodes.SessionState, (s, now) => s.StartRound(s_anim, now, "w1", "cadrage"));
        Assert.Equal(SessionState.Draft, d.Session.State);
    }
}
