using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>
    /// The state as a caller may see it. Contact details go to the co-animators only (and each member sees their
    /// own); invitations, which carry the volunteers' contacts, to the co-animators and the evening's animator (and each
    /// invitee their own, to be asked whether to keep the contact it carries); the
    /// seats' principals to nobody. A member who asked to be erased appears nowhere.
    /// </summary>
    public GroupSnapshot ViewFor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var staff = IsSeat(actor) || actor.Role == Role.Animator;
        var all = ToSnapshot();
        return all with
        {
            Seats = [],
            Members = [.. all.Members.Where(m => !m.Erased).Select(m => staff || m.Id == actor.Id ? m : m with { Contact = null })],
            Invitations = staff ? all.Invitations : [.. all.Invitations.Where(i => i.Id == actor.Id)],
        };
    }

    /// <summary>
    /// A copy of a stored event with nothing left that names an erased member, for the stores to write over the
    /// original: a log kept two years must not keep a person who asked to be forgotten. Null when the event does not
    /// name them.
    /// </summary>
    public static StreamEvent? ErasedCopy(StreamEvent e, string memberId) => e switch
    {
        MemberJoined j when j.MemberId == memberId => j with { Nickname = string.Empty, Skills = null, Contact = null },
        MemberInvited i when i.Invitation.Id == memberId => i with { Invitation = i.Invitation with { Nickname = string.Empty, Contact = null } },
        MemberContactChanged c when c.MemberId == memberId && c.Contact is not null => c with { Contact = null },
        CanvasItemAdded a when a.AuthorId == memberId => a with { AuthorId = string.Empty },
        CanvasItemEdited a when a.AuthorId == memberId => a with { AuthorId = string.Empty },
        CanvasItemRemoved a when a.AuthorId == memberId => a with { AuthorId = string.Empty },
        ActionSet a when a.AuthorId == memberId || a.OwnerId == memberId => a with
        {
            AuthorId = a.AuthorId == memberId ? string.Empty : a.AuthorId,
            OwnerId = a.OwnerId == memberId ? null : a.OwnerId,
        },
        _ => null,
    };
}
