using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>Puts one dot on a cluster or a visible note, within the round's budget and per-target cap.</summary>
    public Decision CastVote(Actor actor, DateTimeOffset now, string workshopId, string targetId)
    {
        var (w, voter) = RequireVoter(actor, workshopId);
        var round = RequireWritableRound(w, staff: false, now, rules => rules.Voting is not null, "votes");
        RequireTarget(w, targetId);
        var mine = _votes.Where(v => v.WorkshopId == w.Id && v.RoundId == round.Id && v.VoterId == voter.Id).ToList();
        if (mine.Count >= round.Rules.Voting!.Budget)
        {
            throw new WorkshopException(ErrorCodes.VoteBudgetExhausted, "No dot left.");
        }

        if (mine.Count(v => v.TargetId == targetId) >= round.Rules.Voting.CapPerTarget)
        {
            throw new WorkshopException(ErrorCodes.VoteCapReached, "No more dots on this one.");
        }

        return Decision.Of(new VoteCast(w.Id, round.Id, voter.Id, targetId));
    }

    /// <summary>Takes one of the voter's dots back from a target.</summary>
    public Decision WithdrawVote(Actor actor, DateTimeOffset now, string workshopId, string targetId)
    {
        var (w, voter) = RequireVoter(actor, workshopId);
        var round = RequireWritableRound(w, staff: false, now, rules => rules.Voting is not null, "votes");
        return _votes.Contains(new DotVote(w.Id, round.Id, voter.Id, targetId ?? string.Empty))
            ? Decision.Of(new VoteWithdrawn(w.Id, round.Id, voter.Id, targetId!))
            : throw new WorkshopException(ErrorCodes.VoteNone, "You have no dot there.");
    }

    /// <summary>Rates the workshop's project 1 to 5, replacing an earlier rating.</summary>
    public Decision Rate(Actor actor, DateTimeOffset now, string workshopId, int value)
    {
        var (w, voter) = RequireVoter(actor, workshopId);
        RequireWritableRound(w, staff: false, now, rules => rules.Rating, "ratings");
        if (value is < Rating.Min or > Rating.Max)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A rating is 1 to 5.");
        }

        return _ratings.Contains(new Rating(w.Id, voter.Id, value))
            ? Decision.None
            : Decision.Of(new RatingGiven(w.Id, voter.Id, value));
    }

    /// <summary>Stars or unstars a note or cluster to keep: the project holder during a starring round, or staff.</summary>
    public Decision Star(Actor actor, DateTimeOffset now, string workshopId, string targetId, bool starred)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var w = RequireWorkshop(workshopId);
        if (IsStaffFor(actor, w.Id))
        {
            RequireNotClosed();
        }
        else
        {
            var holder = RequireParticipant(actor);
            if (w.HolderId != holder.Id)
            {
                throw Forbidden("Only the project holder stars.");
            }

            RequireOpen();
            RequireWritableRound(w, staff: false, now, rules => rules.HolderStars, "stars");
        }

        RequireTarget(w, targetId);
        return _stars.Contains(new Star(w.Id, targetId)) == starred
            ? Decision.None
            : Decision.Of(new StarSet(w.Id, targetId, starred));
    }

    private (Workshop, Sessions.Participant) RequireVoter(Actor actor, string workshopId)
    {
        var w = RequireWorkshop(workshopId);
        var voter = RequireParticipant(actor);
        RequireOpen();
        RequireSeatedFor(voter, w);
        return (w, voter);
    }

    private void RequireTarget(Workshop w, string? targetId)
    {
        var ok = (_clusters.TryGetValue(targetId ?? string.Empty, out var c) && c.WorkshopId == w.Id)
            || (FindNote(targetId ?? string.Empty) is { Hidden: false } n && n.WorkshopId == w.Id);
        if (!ok)
        {
            throw NotFound("cluster or visible note of this workshop");
        }
    }
}
