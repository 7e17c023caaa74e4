using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Rounds;

public sealed class RoundClockTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static SessionDriver Emergence()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        return d;
    }

    private static void SetAutoAdvance(SessionDriver d, string workshopId, string roundId)
    {
        var r = d.Round(workshopId, roundId);
        d.Execute((s, _) => s.UpdateRound(s_anim, workshopId, roundId, r.Name, r.Instructions, r.Duration, r.Rules, autoAdvance: true));
    }

    [Fact]
    public void TheClockEndsARoundOnlyAtItsDeadlinePlusGraceAndOnlyOnce()
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");
        var endsAt = d.Round("w1", "ideation").EndsAt!.Value;

        d.Advance(endsAt + Round.WritingGrace - TimeSpan.FromTicks(1) - d.Now);
        Assert.True(d.Execute((s, now) => s.AdvanceClock(now)).IsEmpty, d.Replay);
        Assert.Equal(RoundStatus.Running, d.Round("w1", "ideation").Status);

        d.Advance(TimeSpan.FromTicks(1));
        var ended = d.Execute((s, now) => s.AdvanceClock(now));
        Assert.Equal(new RoundEnded("w1", "ideation", RoundEndReason.Deadline), Assert.Single(ended.Events));

        Assert.True(d.Execute((s, now) => s.AdvanceClock(now)).IsEmpty, d.Replay);
        d.Advance(TimeSpan.FromMinutes(10));
        Assert.True(d.Execute((s, now) => s.AdvanceClock(now)).IsEmpty, d.Replay);
    }

    [Fact]
    public void GraceIsAQuarterOfASecond()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), Round.Grace);
    }

    [Fact]
    public void AnAutoAdvancingRoundStartsTheNextPendingRoundAtItsDeadline()
    {
        var d = Emergence();
        SetAutoAdvance(d, "w1", "cadrage");
        d.StartRound("w1", "cadrage");

        d.Advance(TimeSpan.FromMinutes(2) + Round.Grace);
        var decision = d.Execute((s, now) => s.AdvanceClock(now));

        Assert.Equal(
            [new RoundEnded("w1", "cadrage", RoundEndReason.Deadline), new RoundStarted("w1", "ideation", d.Now + TimeSpan.FromMinutes(6))],
            decision.Events);
        Assert.Equal(RoundStatus.Running, d.Round("w1", "ideation").Status);
        Assert.True(d.Execute((s, now) => s.AdvanceClock(now)).IsEmpty, d.Replay);
    }

    [Fact]
    public void AutoAdvancingIntoARevealingRoundRevealsTheHiddenNotes()
    {
        var d = Emergence();
        var lea = d.Join("lea");
        SetAutoAdvance(d, "w1", "ideation");
        d.StartRound("w1", "ideation");
        d.AddNote(lea, "n1", "w1", "idee");

        d.Advance(TimeSpan.FromMinutes(6) + Round.WritingGrace);
        d.Execute((s, now) => s.AdvanceClock(now));

        Assert.False(d.Session.FindNote("n1")!.Hidden);
        Assert.Equal(RoundStatus.Running, d.Round("w1", "regroupement").Status);
    }

    [Fact]
    public void AutoAdvanceDoesNotStartASkippedNextRound()
    {
        var d = Emergence();
        SetAutoAdvance(d, "w1", "cadrage");
        d.Execute((s, _) => s.SkipRound(s_anim, "w1", "ideation"));
        d.StartRound("w1", "cadrage");

        d.Advance(TimeSpan.FromMinutes(3));
        d.Execute((s, now) => s.AdvanceClock(now));

        Assert.Null(d.Session.FindWorkshop("w1")!.ActiveRound);
        Assert.Equal(RoundStatus.Pending, d.Round("w1", "regroupement").Status);
    }

    [Fact]
    public void WithoutAutoAdvanceTheNextRoundWaitsForTheAnimator()
    {
        var d = Emergence();
        d.StartRound("w1", "cadrage");

        d.Advance(TimeSpan.FromMinutes(3));
        d.Execute((s, now) => s.AdvanceClock(now));

        Assert.Equal(RoundStatus.Pending, d.Round("w1", "ideation").Status);
    }

    [Fact]
    public void ThePausedRoundIsNotEndedByTheClock()
    {
        var d = Emergence();
        d.StartRound("w1", "cadrage");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w1", "cadrage"));

        d.Advance(TimeSpan.FromHours(1));

        Assert.True(d.Execute((s, now) => s.AdvanceClock(now)).IsEmpty, d.Replay);
        Assert.Null(d.Session.NextDeadline());
    }

    [Fact]
    public void NextDeadlineIsTheEarliestRunningDeadlinePlusGrace()
    {
        var d = Emergence();
        d.AddWorkshop("w2", WorkshopFormat.Essaimage);
        Assert.Null(d.Session.NextDeadline());

        d.StartRound("w1", "ideation");
        d.Advance(TimeSpan.FromSeconds(30));
        d.StartRound("w2", "presentation");

        Assert.Equal(d.Round("w2", "presentation").EndsAt + Round.Grace, d.Session.NextDeadline());
        d.Advance(d.Session.NextDeadline()!.Value - d.Now);
        d.Execute((s, now) => s.AdvanceClock(now));
        Assert.Equal(d.Round("w1", "ideation").EndsAt + Round.WritingGrace, d.Session.NextDeadline());
    }

    [Fact]
    public void AClosedSessionHasNoDeadlineAndTheClockDecidesNothing()
    {
        var d = Emergence();
        d.StartRound("w1", "ideation");
        d.Execute((s, _) => s.Close(s_anim));

        d.Advance(TimeSpan.FromHours(1));

        Assert.Null(d.Session.NextDeadline());
        Assert.True(d.Execute((s, now) => s.AdvanceClock(now)).IsEmpty, d.Replay);
        Assert.Equal(RoundEndReason.Completed, d.Round("w1", "ideation").EndReason);
    }
}
