using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>Changes the title, language or anonymity.</summary>
    public Decision UpdateSettings(Actor actor, string title, string? language, bool anonymous)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var e = new SessionSettingsChanged(Input.Line(title, Input.MaxTitleLength, "title"), CheckLanguage(language), anonymous);
        return e.Title == Title && e.Language == Language && e.Anonymous == Anonymous ? Decision.None : Decision.Of(e);
    }

    /// <summary>Opens the soirée: participants may join and rounds may run.</summary>
    public Decision Open(Actor actor)
    {
        RequireAnimator(actor);
        return State switch
        {
            SessionState.Open => Decision.None,
            SessionState.Draft => Decision.Of(new SessionOpened()),
            _ => throw new WorkshopException(ErrorCodes.SessionState, "A closed soirée cannot open again."),
        };
    }

    /// <summary>Closes the soirée, ending any round still running.</summary>
    public Decision Close(Actor actor)
    {
        RequireAnimator(actor);
        if (State == SessionState.Closed)
        {
            return Decision.None;
        }

        var events = new List<SessionEvent>();
        foreach (var w in _workshops)
        {
            if (w.ActiveRound is { } r)
            {
                events.Add(new RoundEnded(w.Id, r.Id, RoundEndReason.Completed));
            }
        }

        events.Add(new SessionClosed());
        return new Decision(events);
    }

    /// <summary>Locks or unlocks joining.</summary>
    public Decision LockJoining(Actor actor, bool locked)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        return locked == JoiningLocked ? Decision.None : Decision.Of(new JoiningChanged(locked));
    }

    /// <summary>Makes the board follow a workshop, or the run-of-show's current one when null.</summary>
    public Decision SetBoardFocus(Actor actor, string? workshopId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        if (workshopId is not null)
        {
            RequireWorkshop(workshopId);
        }

        return workshopId == BoardWorkshopId ? Decision.None : Decision.Of(new BoardFocusChanged(workshopId));
    }

    /// <summary>Moves the run-of-show to a workshop (null: accueil or clôture).</summary>
    public Decision SetCurrentWorkshop(Actor actor, string? workshopId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        if (workshopId is not null)
        {
            RequireWorkshop(workshopId);
        }

        return workshopId == CurrentWorkshopId ? Decision.None : Decision.Of(new CurrentWorkshopChanged(workshopId));
    }

    /// <summary>Adds a workshop of a format, with its default script in the soirée's language.</summary>
    public Decision AddWorkshop(Actor actor, string workshopId, WorkshopFormat format, string title, WorkshopInput input, int? index = null)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        Input.Id(workshopId, "workshopId");
        if (FindWorkshop(workshopId) is not null)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A workshop with this id exists.");
        }

        if (!Enum.IsDefined(format))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Unknown workshop format.");
        }

        var workshop = new Workshop(workshopId, format, Input.Line(title, Input.MaxTitleLength, "title"),
            CheckInput(format, input), DefaultScripts.Rounds(format, Language), HolderId: null);
        return Decision.Of(new WorkshopAdded(workshop, Math.Clamp(index ?? _workshops.Count, 0, _workshops.Count)));
    }

    /// <summary>Changes a workshop's title and input.</summary>
    public Decision UpdateWorkshop(Actor actor, string workshopId, string title, WorkshopInput input)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var w = RequireWorkshop(workshopId);
        var e = new WorkshopUpdated(w.Id, Input.Line(title, Input.MaxTitleLength, "title"), CheckInput(w.Format, input));
        return e.Title == w.Title && SameInput(e.Input, w.Input) ? Decision.None : Decision.Of(e);
    }

    /// <summary>Removes a workshop that holds no notes, with whatever was prepared in it (clusters, pistes).</summary>
    public Decision RemoveWorkshop(Actor actor, string workshopId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var w = RequireWorkshop(workshopId);
        if (_notes.Values.Any(n => n.WorkshopId == w.Id))
        {
            throw new WorkshopException(ErrorCodes.WorkshopNotEmpty, "This workshop holds notes.");
        }

        return Decision.Of(new WorkshopRemoved(w.Id));
    }

    /// <summary>Moves a workshop in the run-of-show.</summary>
    public Decision MoveWorkshop(Actor actor, string workshopId, int index)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var w = RequireWorkshop(workshopId);
        CheckIndex(index, _workshops.Count - 1);
        return _workshops.IndexOf(w) == index ? Decision.None : Decision.Of(new WorkshopMoved(w.Id, index));
    }

    /// <summary>Names (or, with null, unnames) the project holder of a workshop.</summary>
    public Decision AssignHolder(Actor actor, string workshopId, string? participantId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var w = RequireWorkshop(workshopId);
        if (participantId is not null && FindParticipant(participantId) is null)
        {
            throw NotFound("participant");
        }

        return w.HolderId == participantId ? Decision.None : Decision.Of(new HolderAssigned(w.Id, participantId));
    }

    /// <summary>Adds a table, optionally running a workshop.</summary>
    public Decision AddTable(Actor actor, string tableId, string name, string? workshopId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        Input.Id(tableId, "tableId");
        if (FindTable(tableId) is not null)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A table with this id exists.");
        }

        if (workshopId is not null)
        {
            RequireWorkshop(workshopId);
        }

        return Decision.Of(new TableAdded(new Table(tableId, Input.Line(name, Input.MaxTitleLength, "name"), workshopId, null)));
    }

    /// <summary>Renames a table or gives it another workshop.</summary>
    public Decision UpdateTable(Actor actor, string tableId, string name, string? workshopId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var table = FindTable(tableId) ?? throw NotFound("table");
        if (workshopId is not null)
        {
            RequireWorkshop(workshopId);
        }

        var e = new TableUpdated(table.Id, Input.Line(name, Input.MaxTitleLength, "name"), workshopId);
        return e.Name == table.Name && e.WorkshopId == table.WorkshopId ? Decision.None : Decision.Of(e);
    }

    /// <summary>Removes a table; its participants sit at no table.</summary>
    public Decision RemoveTable(Actor actor, string tableId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var table = FindTable(tableId) ?? throw NotFound("table");
        return Decision.Of(new TableRemoved(table.Id));
    }

    /// <summary>Gives a table to a co-animator identity.</summary>
    public Decision AssignCoAnimator(Actor actor, string tableId, string coAnimatorId)
    {
        RequireAnimator(actor);
        RequireNotClosed();
        var table = FindTable(tableId) ?? throw NotFound("table");
        return Decision.Of(new CoAnimatorAssigned(table.Id, Input.Id(coAnimatorId, "coAnimatorId")));
    }

    private static WorkshopInput CheckInput(WorkshopFormat format, WorkshopInput? input)
    {
        if (input is null)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The workshop's input is missing.");
        }

        return format switch
        {
            _ when format.TakesChallenge() => new WorkshopInput(Challenge: input.Challenge is { } c
                ? new Challenge(Input.Line(c.Text, Input.MaxLongTextLength, "challenge"), Input.NullIfEmpty(Input.Optional(c.Theme, Input.MaxTitleLength, "theme", false)))
                : throw new WorkshopException(ErrorCodes.InvalidArgument, "An émergence workshop, or a group's meeting, needs a challenge (its question).")),
            WorkshopFormat.Acceleration => new WorkshopInput(ProjectCard: input.ProjectCard is { } p
                ? new ProjectCard(
                    Input.Optional(p.Holder, Input.MaxTitleLength, "holder", false),
                    Input.Line(p.Pitch, Input.MaxLongTextLength, "pitch"),
                    Input.Optional(p.Needs, Input.MaxLongTextLength, "needs"))
                : throw new WorkshopException(ErrorCodes.InvalidArgument, "An accélération workshop needs a project card.")),
            _ => new WorkshopInput(ExternalProject: input.ExternalProject is { } x
                ? new ExternalProject(
                    Input.Line(x.Name, Input.MaxTitleLength, "name"),
                    Input.Optional(x.OriginTerritory, Input.MaxTitleLength, "originTerritory", false),
                    Input.Optional(x.Description, Input.MaxLongTextLength, "description"),
                    (x.SuccessFactors ?? []) is { Count: <= 20 } factors
                        ? [.. factors.Select(f => Input.Line(f, Input.MaxTitleLength, "successFactor"))]
                        : throw new WorkshopException(ErrorCodes.InvalidArgument, "At most 20 success factors."))
                : throw new WorkshopException(ErrorCodes.InvalidArgument, "An essaimage workshop needs a project sheet.")),
        };
    }

    // Records compare lists by reference, so the success factors are compared item by item.
    private static bool SameInput(WorkshopInput a, WorkshopInput b) =>
        a.Challenge == b.Challenge
        && a.ProjectCard == b.ProjectCard
        && (a.ExternalProject, b.ExternalProject) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x with { SuccessFactors = [] } == y with { SuccessFactors = [] } && x.SuccessFactors.SequenceEqual(y.SuccessFactors),
            _ => false,
        };

    private static void CheckIndex(int index, int max)
    {
        if (index < 0 || index > max)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"The index must be between 0 and {max}.");
        }
    }
}
