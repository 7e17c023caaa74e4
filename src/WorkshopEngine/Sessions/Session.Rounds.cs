using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    private static readonly TimeSpan s_maxExtension = TimeSpan.FromHours(1);

    /// <summary>Starts a pending round, ending the workshop's active round first; reveals notes when its rules say so.</summary>
    public Decision StartRound(Actor actor, DateTimeOffset now, string workshopId, string roundId)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireOpen();
        if (r.Status != RoundStatus.Pending)
        {
            throw new WorkshopException(ErrorCodes.RoundState, "Only a pending round can start.");
        }

        var events = new List<SessionEvent>();
        if (w.ActiveRound is { } active)
        {
            events.Add(new RoundEnded(w.Id, active.Id, RoundEndReason.Completed));
        }

        events.AddRange(Begin(w, r, now));
        if (CurrentWorkshopId != w.Id && MovesTheRoomTo(w))
        {
            events.Add(new CurrentWorkshopChanged(w.Id));
        }

        return new Decision(events);
    }

    /// <summary>
    /// Whether starting a round of this workshop moves the room there. A plenary workshop that starts a round is
    /// where the evening is (and brings everyone back from the tables). A workshop at tables starts the tables' time
    /// when the room was at the accueil or between plenary rounds, so that seated phones follow their table; it does
    /// not pull the room away from a plenary round still under way.
    /// </summary>
    private bool MovesTheRoomTo(Workshop w)
    {
        if (!_tables.Any(t => t.WorkshopId == w.Id))
        {
            return true;
        }

        var current = CurrentWorkshopId is { } id ? FindWorkshop(id) : null;
        return current is null || (!_tables.Any(t => t.WorkshopId == current.Id) && current.ActiveRound is null);
    }

    /// <summary>Stops a running round's clock.</summary>
    public Decision PauseRound(Actor actor, DateTimeOffset now, string workshopId, string roundId)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireNotClosed();
        if (r.Status != RoundStatus.Running || r.EndsAt is not { } endsAt)
        {
            throw new WorkshopException(ErrorCodes.RoundState, "Only a running round can pause.");
        }

        var remaining = endsAt - now;
        return Decision.Of(new RoundPaused(w.Id, r.Id, remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining));
    }

    /// <summary>Runs a paused round's clock again.</summary>
    public Decision ResumeRound(Actor actor, DateTimeOffset now, string workshopId, string roundId)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireOpen();
        if (r.Status != RoundStatus.Paused || r.Remaining is not { } remaining)
        {
            throw new WorkshopException(ErrorCodes.RoundState, "Only a paused round can resume.");
        }

        return Decision.Of(new RoundResumed(w.Id, r.Id, now + remaining));
    }

    /// <summary>Gives a running or paused round more time (1 s to 1 h at once).</summary>
    public Decision ExtendRound(Actor actor, string workshopId, string roundId, TimeSpan by)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireNotClosed();
        if (by < TimeSpan.FromSeconds(1) || by > s_maxExtension)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A round is extended by 1 second to 1 hour.");
        }

        return r.Status switch
        {
            RoundStatus.Running => Decision.Of(new RoundExtended(w.Id, r.Id, by, r.EndsAt + by, null)),
            RoundStatus.Paused => Decision.Of(new RoundExtended(w.Id, r.Id, by, null, r.Remaining + by)),
            _ => throw new WorkshopException(ErrorCodes.RoundState, "Only a running or paused round can be extended."),
        };
    }

    /// <summary>Ends a running or paused round now.</summary>
    public Decision EndRound(Actor actor, string workshopId, string roundId)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireNotClosed();
        return r.Status is RoundStatus.Running or RoundStatus.Paused
            ? Decision.Of(new RoundEnded(w.Id, r.Id, RoundEndReason.Completed))
            : throw new WorkshopException(ErrorCodes.RoundState, "Only a running or paused round can end.");
    }

    /// <summary>Skips a round that is pending or under way.</summary>
    public Decision SkipRound(Actor actor, string workshopId, string roundId)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireNotClosed();
        return r.Status != RoundStatus.Ended
            ? Decision.Of(new RoundEnded(w.Id, r.Id, RoundEndReason.Skipped))
            : throw new WorkshopException(ErrorCodes.RoundState, "The round has already ended.");
    }

    /// <summary>
    /// The server's clock: ends every running round whose deadline (plus grace) has passed and, when the round
    /// auto-advances, starts the next pending one. Deciding it twice is harmless: the second decision finds nothing.
    /// </summary>
    public Decision AdvanceClock(DateTimeOffset now)
    {
        if (State != SessionState.Open)
        {
            return Decision.None;
        }

        var events = new List<SessionEvent>();
        foreach (var w in _workshops)
        {
            if (w.ActiveRound is not { Status: RoundStatus.Running, EndsAt: { } endsAt } r || now < endsAt + r.GraceAfterDeadline())
            {
                continue;
            }

            events.Add(new RoundEnded(w.Id, r.Id, RoundEndReason.Deadline));
            var next = w.Rounds.SkipWhile(x => x.Id != r.Id).Skip(1).FirstOrDefault();
            if (r.AutoAdvance && next is { Status: RoundStatus.Pending })
            {
                events.AddRange(Begin(w, next, now));
            }
        }

        return new Decision(events);
    }

    /// <summary>The earliest instant at which <see cref="AdvanceClock"/> would end a round, if any round runs.</summary>
    public DateTimeOffset? NextDeadline()
    {
        if (State != SessionState.Open)
        {
            return null;
        }

        DateTimeOffset? next = null;
        foreach (var w in _workshops)
        {
            if (w.ActiveRound is { Status: RoundStatus.Running, EndsAt: { } endsAt } active && (next is null || endsAt + active.GraceAfterDeadline() < next))
            {
                next = endsAt + active.GraceAfterDeadline();
            }
        }

        return next;
    }

    /// <summary>Adds a round to a workshop's script, among its pending rounds.</summary>
    public Decision AddRound(Actor actor, string workshopId, string roundId, string name, string? instructions, TimeSpan duration, RoundRules rules, bool autoAdvance, int? index = null)
    {
        var w = RequireWorkshop(workshopId);
        RequireStaff(actor, w);
        RequireNotClosed();
        Input.Id(roundId, "roundId");
        if (w.FindRound(roundId) is not null)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A round with this id exists in this workshop.");
        }

        var firstPending = FirstPendingIndex(w);
        var at = index ?? w.Rounds.Count;
        CheckIndex(at, w.Rounds.Count);
        if (at < firstPending)
        {
            throw new WorkshopException(ErrorCodes.RoundState, "A round can only be added after the rounds already run.");
        }

        var round = new Round(roundId, Input.Line(name, Input.MaxTitleLength, "name"),
            Input.Optional(instructions, Input.MaxLongTextLength, "instructions"), CheckDuration(duration), CheckRules(rules), autoAdvance);
        return Decision.Of(new RoundAdded(w.Id, round, at));
    }

    /// <summary>Changes a pending round's name, instructions, duration, rules and auto-advance.</summary>
    public Decision UpdateRound(Actor actor, string workshopId, string roundId, string name, string? instructions, TimeSpan duration, RoundRules rules, bool autoAdvance)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireNotClosed();
        if (r.Status != RoundStatus.Pending)
        {
            throw new WorkshopException(ErrorCodes.RoundState, "Only a pending round can be changed; extend a running one.");
        }

        return Decision.Of(new RoundUpdated(w.Id, r.Id, Input.Line(name, Input.MaxTitleLength, "name"),
            Input.Optional(instructions, Input.MaxLongTextLength, "instructions"), CheckDuration(duration), CheckRules(rules), autoAdvance));
    }

    /// <summary>Removes a pending round.</summary>
    public Decision RemoveRound(Actor actor, string workshopId, string roundId)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireNotClosed();
        return r.Status == RoundStatus.Pending
            ? Decision.Of(new RoundRemoved(w.Id, r.Id))
            : throw new WorkshopException(ErrorCodes.RoundState, "Only a pending round can be removed.");
    }

    /// <summary>Moves a pending round among the pending rounds.</summary>
    public Decision MoveRound(Actor actor, string workshopId, string roundId, int index)
    {
        var (w, r) = RequireStaffRound(actor, workshopId, roundId);
        RequireNotClosed();
        CheckIndex(index, w.Rounds.Count - 1);
        if (r.Status != RoundStatus.Pending || index < FirstPendingIndex(w))
        {
            throw new WorkshopException(ErrorCodes.RoundState, "Only pending rounds move, and only among pending rounds.");
        }

        return w.Rounds.ToList().IndexOf(r) == index ? Decision.None : Decision.Of(new RoundMoved(w.Id, r.Id, index));
    }

    private IEnumerable<SessionEvent> Begin(Workshop w, Round r, DateTimeOffset now)
    {
        if (r.Rules.RevealOnStart)
        {
            var hidden = _notes.Values.Where(n => n.WorkshopId == w.Id && n.Hidden).OrderBy(n => n.Seq).Select(n => n.Id).ToList();
            if (hidden.Count > 0)
            {
                yield return Reveal(w, hidden);
            }
        }

        yield return new RoundStarted(w.Id, r.Id, now + r.Duration);
    }

    private (Workshop, Round) RequireStaffRound(Actor actor, string workshopId, string roundId)
    {
        var w = RequireWorkshop(workshopId);
        RequireStaff(actor, w);
        return (w, RequireRound(w, roundId));
    }

    private static int FirstPendingIndex(Workshop w)
    {
        var last = -1;
        for (var i = 0; i < w.Rounds.Count; i++)
        {
            if (w.Rounds[i].Status != RoundStatus.Pending)
            {
                last = i;
            }
        }

        return last + 1;
    }

    private static TimeSpan CheckDuration(TimeSpan duration) =>
        duration >= Round.MinDuration && duration <= Round.MaxDuration
            ? duration
            : throw new WorkshopException(ErrorCodes.InvalidArgument, "A round lasts 1 second to 4 hours.");

    private static RoundRules CheckRules(RoundRules? rules)
    {
        if (rules is null)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The round's rules are missing.");
        }

        var columns = rules.Columns ?? [];
        if (columns.Count > 12)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A round has at most 12 columns.");
        }

        var checkedColumns = columns
            .Select(c => new Column(Input.Id(c?.Key, "column key"), Input.Line(c!.Label, 80, "column label")))
            .ToList();
        if (checkedColumns.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != checkedColumns.Count)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Column keys must differ.");
        }

        if (rules.Voting is { } v && (v.Budget is < 1 or > 20 || v.CapPerTarget < 1 || v.CapPerTarget > v.Budget))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A vote budget is 1 to 20 dots, with a cap of 1 to the budget.");
        }

        return rules with { Columns = checkedColumns };
    }
}
