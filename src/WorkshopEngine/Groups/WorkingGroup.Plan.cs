using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>Adds or changes a milestone of the road to launch (the co-animators).</summary>
    public Decision SetMilestone(Actor actor, string milestoneId, string title, DateOnly? due, MilestoneStatus status, string? note)
    {
        RequireSeat(actor);
        RequireOpen();
        if (!Enum.IsDefined(status))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Unknown milestone status.");
        }

        var milestone = new Milestone(Input.Id(milestoneId, "milestoneId"), Input.Line(title, Input.MaxTitleLength, "title"), CheckDate(due), status,
            Input.NullIfEmpty(Input.Optional(note, Input.MaxLongTextLength, "note")));
        return _milestones.GetValueOrDefault(milestoneId) == milestone ? Decision.None : Decision.Of(new MilestoneSet(milestone));
    }

    /// <summary>Takes a milestone off (the co-animators).</summary>
    public Decision RemoveMilestone(Actor actor, string milestoneId)
    {
        RequireSeat(actor);
        RequireOpen();
        return _milestones.ContainsKey(milestoneId ?? string.Empty)
            ? Decision.Of(new MilestoneRemoved(milestoneId!))
            : throw NotFound("milestone");
    }

    /// <summary>
    /// Adds, changes or ticks an action: any member or co-animator, at any time. The owner is a member of the group
    /// (<paramref name="ownerId"/>) or a name typed freely for someone outside it.
    /// </summary>
    public Decision SetAction(Actor actor, string actionId, string what, string? ownerId, string? ownerName, DateOnly? due, bool done)
    {
        RequireSeatOrMember(actor);
        RequireOpen();
        Input.Id(actionId, "actionId");
        var text = Input.Line(what, Input.MaxLongTextLength, "what");
        string? owner = null;
        if (!string.IsNullOrEmpty(ownerId))
        {
            var member = _members.GetValueOrDefault(ownerId);
            if (member is null || member.Left)
            {
                throw NotFound("member");
            }

            owner = member.Id;
        }

        var name = owner is null ? Input.NullIfEmpty(Input.Optional(ownerName, Input.MaxNicknameLength, "ownerName", allowNewLines: false)) : null;
        var date = CheckDate(due);
        var current = _actions.GetValueOrDefault(actionId);
        return current is not null && current.What == text && current.OwnerId == owner && current.OwnerName == name && current.Due == date && current.Done == done
            ? Decision.None
            : Decision.Of(new ActionSet(actionId, text, owner, name, date, done, actor.Id));
    }

    /// <summary>Takes an action off the list (the co-animators).</summary>
    public Decision RemoveAction(Actor actor, string actionId)
    {
        RequireSeat(actor);
        RequireOpen();
        return _actions.ContainsKey(actionId ?? string.Empty)
            ? Decision.Of(new ActionRemoved(actionId!))
            : throw NotFound("action");
    }
}
