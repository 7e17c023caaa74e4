using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>
    /// Who a caller is in this group. Seat holders come as co-animators, members as participants; the animator of
    /// the evening the group came from comes as the animator (the host checks the evening).
    /// </summary>
    public bool IsSeat(Actor actor) => actor is { Role: Role.CoAnimator } && SeatOf(actor.Id) > 0;

    /// <summary>Whether the caller is a member still in the group.</summary>
    public bool IsMember(Actor actor) =>
        actor is { Role: Role.Participant } && _members.TryGetValue(actor.Id, out var m) && !m.Left;

    private void RequireSeat(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsSeat(actor))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the group's co-animators may do this.");
        }
    }

    private void RequireSeatOrMember(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsSeat(actor) && !IsMember(actor))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the group's members and co-animators may do this.");
        }
    }

    private void RequireOpen()
    {
        if (IsClosed)
        {
            throw new WorkshopException(ErrorCodes.SessionState, "The group is closed.");
        }
    }

    private static DateOnly? CheckDate(DateOnly? date) =>
        date is { Year: < 2000 or > 2100 }
            ? throw new WorkshopException(ErrorCodes.InvalidArgument, "The date must fall between 2000 and 2100.")
            : date;

    private static WorkshopException NotFound(string what) => new(ErrorCodes.NotFound, $"No such {what}.");
}
