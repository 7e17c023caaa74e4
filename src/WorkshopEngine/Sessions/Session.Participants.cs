using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>Lets someone join with a nickname (no account), optionally at a table.</summary>
    public Decision Join(string participantId, string nickname, string? tableId)
    {
        RequireOpen();
        if (JoiningLocked)
        {
            throw new WorkshopException(ErrorCodes.JoiningLocked, "Joining is locked.");
        }

        Input.Id(participantId, "participantId");
        if (FindParticipant(participantId) is not null)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A participant with this id exists.");
        }

        if (tableId is not null && FindTable(tableId) is null)
        {
            throw NotFound("table");
        }

        return Decision.Of(new ParticipantJoined(participantId, Input.Line(nickname, Input.MaxNicknameLength, "nickname"), tableId));
    }

    /// <summary>
    /// Adds someone without a phone, whom the staff posts for: the animator at any table (or none), a co-animator at
    /// their own table only. Locked joining does not stop it (the staff knows who is in the room).
    /// </summary>
    public Decision AddAssistedParticipant(Actor actor, string participantId, string nickname, string? tableId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen();
        if (actor.Role == Role.CoAnimator)
        {
            if (actor.TableId is null || tableId != actor.TableId || FindTable(actor.TableId)?.CoAnimatorId != actor.Id)
            {
                throw Forbidden("A co-animator adds people at their own table only.");
            }
        }
        else
        {
            RequireAnimator(actor);
        }

        Input.Id(participantId, "participantId");
        if (FindParticipant(participantId) is not null)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A participant with this id exists.");
        }

        if (tableId is not null && FindTable(tableId) is null)
        {
            throw NotFound("table");
        }

        return Decision.Of(new ParticipantJoined(participantId, Input.Line(nickname, Input.MaxNicknameLength, "nickname"), tableId, Assisted: true));
    }

    /// <summary>
    /// The participant the actor may post for: an assisted participant, for the animator or the current co-animator
    /// of the participant's table. Nobody may post in the name of someone who joined with their own phone.
    /// </summary>
    public Participant RequireAssistable(Actor actor, string participantId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var p = FindParticipant(participantId ?? string.Empty) ?? throw NotFound("participant");
        if (!p.Assisted)
        {
            throw Forbidden("This participant has a phone of their own: nobody else posts in their name.");
        }

        var allowed = actor.Role is Role.Animator or Role.System
            || (actor.Role == Role.CoAnimator && actor.TableId is { } t && p.TableId == t && FindTable(t)?.CoAnimatorId == actor.Id);
        return allowed ? p : throw Forbidden("Only the animator or the co-animator of this person's table may post for them.");
    }

    /// <summary>Changes a participant's nickname (the participant, or the animator moderating).</summary>
    public Decision Rename(Actor actor, string participantId, string nickname)
    {
        RequireNotClosed();
        var p = RequireSelfOrAnimator(actor, participantId);
        var name = Input.Line(nickname, Input.MaxNicknameLength, "nickname");
        return name == p.Nickname ? Decision.None : Decision.Of(new ParticipantRenamed(p.Id, name));
    }

    /// <summary>Seats a participant at a table, or at none (the participant, or the animator assigning).</summary>
    public Decision ChooseTable(Actor actor, string participantId, string? tableId)
    {
        RequireNotClosed();
        var p = RequireSelfOrAnimator(actor, participantId);
        if (tableId is not null && FindTable(tableId) is null)
        {
            throw NotFound("table");
        }

        return p.TableId == tableId ? Decision.None : Decision.Of(new ParticipantTableChosen(p.Id, tableId));
    }

    private Participant RequireSelfOrAnimator(Actor actor, string participantId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var p = FindParticipant(participantId) ?? throw NotFound("participant");
        return actor.Role is Role.Animator or Role.System || (actor.Role == Role.Participant && actor.Id == p.Id)
            ? p
            : throw Forbidden("Only this participant or the animator may do this.");
    }
}
