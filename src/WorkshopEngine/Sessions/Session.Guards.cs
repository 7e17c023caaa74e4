using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>Whether the actor runs this workshop: the animator, the server, or the co-animator of its table.</summary>
    public bool IsStaffFor(Actor actor, string workshopId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            Role.Animator or Role.System => true,
            // The table's current co-animator only: a link given to someone else before no longer runs it.
            Role.CoAnimator => actor.TableId is { } tableId && FindTable(tableId) is { } table
                && table.WorkshopId == workshopId && table.CoAnimatorId == actor.Id,
            _ => false,
        };
    }

    private static void RequireAnimator(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (Role.Animator or Role.System))
        {
            throw Forbidden("Only the animator may do this.");
        }
    }

    private void RequireStaff(Actor actor, Workshop workshop)
    {
        if (!IsStaffFor(actor, workshop.Id))
        {
            throw Forbidden("Only the animator or this table's co-animator may do this.");
        }
    }

    private Participant RequireParticipant(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Role.Participant)
        {
            throw Forbidden("Only a participant may do this.");
        }

        return FindParticipant(actor.Id) ?? throw Forbidden("Unknown participant.");
    }

    /// <summary>A workshop held at tables is written only by the participants seated at one of those tables.</summary>
    private void RequireSeatedFor(Participant participant, Workshop workshop)
    {
        var tables = _tables.Where(t => t.WorkshopId == workshop.Id).Select(t => t.Id).ToList();
        if (tables.Count > 0 && (participant.TableId is null || !tables.Contains(participant.TableId)))
        {
            throw Forbidden("This workshop runs at another table.");
        }
    }

    private void RequireNotClosed()
    {
        if (State == SessionState.Closed)
        {
            throw new WorkshopException(ErrorCodes.SessionState, "The soirée is closed.");
        }
    }

    private void RequireOpen()
    {
        if (State != SessionState.Open)
        {
            throw new WorkshopException(ErrorCodes.SessionState, State == SessionState.Draft
                ? "The soirée has not opened yet."
                : "The soirée is closed.");
        }
    }

    private Workshop RequireWorkshop(string? workshopId) =>
        FindWorkshop(workshopId ?? string.Empty) ?? throw NotFound("workshop");

    private static Round RequireRound(Workshop workshop, string? roundId) =>
        workshop.FindRound(roundId ?? string.Empty) ?? throw NotFound("round");

    /// <summary>
    /// The round a write goes to: the workshop's running round, before its deadline plus grace, whose rules allow
    /// the write. Staff may also write while it is paused or just past its deadline (they transcribe, they tidy).
    /// </summary>
    private static Round RequireWritableRound(Workshop workshop, bool staff, DateTimeOffset now, Func<RoundRules, bool> allows, string what)
    {
        var round = workshop.ActiveRound;
        if (round is null || !allows(round.Rules))
        {
            // A write that arrives after its round ended (from a phone's outbox, over a slow network) is told that
            // round ended, not that the one running now is for something else. Its round is the last one that ran and
            // took such writes; a round skipped before it started took none.
            var ended = workshop.Rounds.LastOrDefault(r =>
                r.Status == RoundStatus.Ended && (r.EndReason != RoundEndReason.Skipped || r.EndsAt is not null) && allows(r.Rules));
            throw ended is not null
                ? RoundOver(ended, $"The round for {what}")
                : new WorkshopException(ErrorCodes.RoundClosed, round is null ? $"No round is running for {what}." : $"This round is not for {what}.");
        }

        return staff ? round : RequireTakingWrites(round, now, $"The round for {what}");
    }

    /// <summary>A participant writes in a round only while it runs, up to its deadline plus grace.</summary>
    private static Round RequireTakingWrites(Round round, DateTimeOffset now, string subject) => round switch
    {
        { Status: RoundStatus.Ended } => throw RoundOver(round, subject),
        { Status: RoundStatus.Paused } => throw new WorkshopException(ErrorCodes.RoundClosed, $"{subject} is paused."),
        { Status: not RoundStatus.Running } => throw new WorkshopException(ErrorCodes.RoundClosed, $"{subject} has not started."),
        { EndsAt: { } endsAt } when now > endsAt + round.GraceAfterDeadline() => throw new WorkshopException(ErrorCodes.RoundDeadlinePassed, "The round's time is up."),
        _ => round,
    };

    /// <summary>
    /// The refusal of a write whose round has ended: its time ran out (as a write past the deadline of a running round
    /// is told), or the animator ended or skipped it.
    /// </summary>
    private static WorkshopException RoundOver(Round round, string subject) => round.EndReason switch
    {
        RoundEndReason.Deadline => new(ErrorCodes.RoundDeadlinePassed, $"{subject} has ended: its time is up."),
        RoundEndReason.Skipped => new(ErrorCodes.RoundClosed, $"{subject} was skipped."),
        _ => new(ErrorCodes.RoundClosed, $"{subject} has ended."),
    };

    private static WorkshopException Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    private static WorkshopException NotFound(string what) => new(ErrorCodes.NotFound, $"No such {what}.");
}
