using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Groups.Events;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>
    /// Hands a seat (1 or 2) to a new principal: the animator of the evening hands both over, a seat holder their
    /// own. The seat's earlier link stops working.
    /// </summary>
    public Decision HandOverSeat(Actor actor, int seat, string principalId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (seat is not (1 or 2))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A group has seat 1 and seat 2.");
        }

        var mayHandOver = (actor.Role == Role.Animator && Origin is not null) || (IsSeat(actor) && SeatOf(actor.Id) == seat);
        if (!mayHandOver)
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the evening's animator or this seat's co-animator may hand it over.");
        }

        RequireOpen();
        Input.Id(principalId, "principalId");
        return SeatOf(principalId) > 0
            ? throw new WorkshopException(ErrorCodes.AlreadyExists, "This principal already holds a seat.")
            : Decision.Of(new SeatHandedOver(seat, principalId));
    }

    /// <summary>Invites a volunteer of the evening with a personal link (the co-animators or the evening's animator).</summary>
    public Decision Invite(Actor actor, string invitationId, string nickname, ContactDetails? contact)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsSeat(actor) && !(actor.Role == Role.Animator && Origin is not null))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the group's co-animators may invite.");
        }

        RequireOpen();
        Input.Id(invitationId, "invitationId");
        if (_invitations.ContainsKey(invitationId) || _members.ContainsKey(invitationId))
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "This invitation exists.");
        }

        return Decision.Of(new MemberInvited(new Invitation(invitationId, Input.Line(nickname, Input.MaxNicknameLength, "nickname"), Contacts.Check(contact))));
    }

    /// <summary>Someone joins by the group's code with a nickname, no account.</summary>
    public Decision Join(string memberId, string nickname)
    {
        RequireOpen();
        Input.Id(memberId, "memberId");
        if (_members.ContainsKey(memberId) || _invitations.ContainsKey(memberId))
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "This member exists.");
        }

        return Decision.Of(new MemberJoined(memberId, Input.Line(nickname, Input.MaxNicknameLength, "nickname"), MemberKind.Member, null, null, null));
    }

    /// <summary>
    /// The holder of a personal invitation opens it and becomes a member, under their evening nickname or the one
    /// they type, with the contact they consented to share (they may withdraw it at once).
    /// </summary>
    public Decision AcceptInvitation(Actor actor, string? nickname, bool keepContact)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen();
        if (IsMember(actor))
        {
            // Already in, by this invitation or by the group's code: nothing left to accept.
            return Decision.None;
        }

        if (actor.Role != Role.Participant || !_invitations.TryGetValue(actor.Id, out var invitation))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This link is not an invitation to this group.");
        }

        if (invitation.Accepted)
        {
            return Decision.None;
        }

        var name = string.IsNullOrWhiteSpace(nickname) ? invitation.Nickname : nickname;
        return Decision.Of(new MemberJoined(invitation.Id, Input.Line(name, Input.MaxNicknameLength, "nickname"), MemberKind.Member, null,
            keepContact ? invitation.Contact : null, invitation.Id));
    }

    /// <summary>The co-animators add a resource person, who must have agreed to be listed (and to share any contact).</summary>
    public Decision AddResource(Actor actor, string memberId, string name, string? skills, ContactDetails? contact, bool consent)
    {
        RequireSeat(actor);
        RequireOpen();
        if (!consent)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A resource person is added only with their consent.");
        }

        Input.Id(memberId, "memberId");
        if (_members.ContainsKey(memberId) || _invitations.ContainsKey(memberId))
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "This member exists.");
        }

        return Decision.Of(new MemberJoined(memberId, Input.Line(name, Input.MaxNicknameLength, "name"), MemberKind.Resource,
            Input.NullIfEmpty(Input.Optional(skills, Input.MaxTitleLength, "skills", allowNewLines: false)), Contacts.Check(contact), null));
    }

    /// <summary>
    /// A member leaves; with <paramref name="erase"/>, nothing in the group names them any more (their entries stay,
    /// attributed to nobody). A co-animator may also take a resource person off, who then leaves erased.
    /// </summary>
    public Decision Leave(Actor actor, string memberId, bool erase)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var member = _members.GetValueOrDefault(memberId ?? string.Empty) ?? throw NotFound("member");
        var self = actor.Role == Role.Participant && actor.Id == member.Id;
        var resourceBySeat = member.Kind == MemberKind.Resource && IsSeat(actor);
        if (!self && !resourceBySeat)
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the member may leave.");
        }

        var wipe = erase || resourceBySeat;
        return member.Erased || (member.Left && !wipe) ? Decision.None : Decision.Of(new MemberLeft(member.Id, wipe));
    }

    /// <summary>A member gives, changes or withdraws (no consent) the contact the co-animators may see.</summary>
    public Decision SetContact(Actor actor, ContactDetails? contact, bool consent)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsMember(actor))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only a member may change their contact.");
        }

        var kept = consent ? Contacts.Check(contact) : null;
        return _members[actor.Id].Contact == kept ? Decision.None : Decision.Of(new MemberContactChanged(actor.Id, kept));
    }
}
