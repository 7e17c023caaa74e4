using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Tests.Votes;

public sealed class DotVoteTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    /// <summary>Émergence w1: hidden n1 (ideation), visible n2 (regroupement), clusters c1 and c2, then the vote round.</summary>
    private static (SessionDriver Driver, Actor Lea, Actor Marc) VoteRound(bool start = true)
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        var marc = d.Join("marc");
        d.StartRound("w1", "ideation");
        d.AddNote(lea, "n1", "w1", "idee", "Cachée");
        d.Execute((s, _) => s.SkipRound(s_anim, "w1", "regroupement"));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", []));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c2", "w1", "Culture", []));
        d.Execute((s, _) => s.CreateCluster(s_anim, "x1", "w2", "Ailleurs", []));
        if (start)
        {
            d.StartRound("w1", "vote");
        }

        return (d, lea, marc);
    }

    [Fact]
    public void AVoterHasThreeDotsWithAtMostTwoOnOneTarget()
    {
        var (d, lea, _) = VoteRound();

        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Refuses(ErrorCodes.VoteCapReached, (s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c2"));
        d.Refuses(ErrorCodes.VoteBudgetExhausted, (s, now) => s.CastVote(lea, now, "w1", "c2"));

        Assert.Equal(
            [new DotVote("w1", "vote", "lea", "c1"), new DotVote("w1", "vote", "lea", "c1"), new DotVote("w1", "vote", "lea", "c2")],
            d.Session.Votes);
    }

    [Fact]
    public void EachVoterHasTheirOwnBudget()
    {
        var (d, lea, marc) = VoteRound();
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c2"));

        d.Execute((s, now) => s.CastVote(marc, now, "w1", "c1"));

        Assert.Equal(3, d.Session.Votes.Count(v => v.TargetId == "c1"));
    }

    [Fact]
    public void WithdrawingADotGivesItBack()
    {
        var (d, lea, _) = VoteRound();
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c2"));

        d.Execute((s, now) => s.WithdrawVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c2"));

        Assert.Equal(["c1", "c2", "c2"], d.Session.Votes.Select(v => v.TargetId).Order());
    }

    [Fact]
    public void WithdrawingADotThatWasNotCastIsRefused()
    {
        var (d, lea, marc) = VoteRound();
        d.Execute((s, now) => s.CastVote(marc, now, "w1", "c1"));

        d.Refuses(ErrorCodes.VoteNone, (s, now) => s.WithdrawVote(lea, now, "w1", "c1"));
    }

    [Fact]
    public void VotingOnAHiddenNoteIsRefusedAndOnAVisibleOneAllowed()
    {
        var (d, lea, _) = VoteRound();

        d.Refuses(ErrorCodes.NotFound, (s, now) => s.CastVote(lea, now, "w1", "n1"));
        d.Execute((s, _) => s.RevealNotes(s_anim, "w1", null));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "n1"));

        Assert.Equal("n1", Assert.Single(d.Session.Votes).TargetId);
    }

    [Fact]
    public void VotingOnATargetOfAnotherWorkshopOrOnNothingIsRefused()
    {
        var (d, lea, _) = VoteRound();

        d.Refuses(ErrorCodes.NotFound, (s, now) => s.CastVote(lea, now, "w1", "x1"));
        d.Refuses(ErrorCodes.NotFound, (s, now) => s.CastVote(lea, now, "w1", "c404"));
    }

    [Fact]
    public void VotingOutsideAVotingRoundIsRefused()
    {
        var (d, lea, _) = VoteRound(start: false);

        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.StartRound("w1", "pistes");
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.CastVote(lea, now, "w1", "c1"));
    }

    [Fact]
    public void StaffAndTheBoardDoNotVote()
    {
        var (d, _, _) = VoteRound();

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.CastVote(s_anim, now, "w1", "c1"));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.CastVote(SessionDriver.Board, now, "w1", "c1"));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.CastVote(new Actor(Role.Participant, "ghost"), now, "w1", "c1"));
    }

    [Fact]
    public void TheAnimatorMayChangeTheBudgetWithinOneToTwentyDots()
    {
        var (d, lea, _) = VoteRound(start: false);
        var r = d.Round("w1", "vote");

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.UpdateRound(s_anim, "w1", "vote", r.Name, r.Instructions, r.Duration, r.Rules with { Voting = new DotVoting(0, 1) }, false));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.UpdateRound(s_anim, "w1", "vote", r.Name, r.Instructions, r.Duration, r.Rules with { Voting = new DotVoting(21, 1) }, false));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.UpdateRound(s_anim, "w1", "vote", r.Name, r.Instructions, r.Duration, r.Rules with { Voting = new DotVoting(2, 3) }, false));
        d.Execute((s, _) => s.UpdateRound(s_anim, "w1", "vote", r.Name, r.Instructions, r.Duration, r.Rules with { Voting = new DotVoting(1, 1) }, false));
        d.StartRound("w1", "vote");

        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Refuses(ErrorCodes.VoteBudgetExhausted, (s, now) => s.CastVote(lea, now, "w1", "c2"));
    }
}
