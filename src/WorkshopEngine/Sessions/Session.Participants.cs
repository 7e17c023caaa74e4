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
