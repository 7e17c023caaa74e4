using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>
    /// Folds one stored event in. Events were checked when decided, so folding never refuses one; it only insists on
    /// the sequence, which must follow <see cref="Version"/> without a gap. Each event also writes its history line.
    /// </summary>
    public void Apply(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Seq != Version + 1)
        {
            throw new InvalidOperationException($"Event {stored.Seq} does not follow version {Version}.");
        }

        var (seq, at) = (stored.Seq, stored.At);
        void Log(string area, string itemId, string kind, string text, string? author = null, string? block = null) =>
            _history.Add(new GroupChange(seq, at, area, itemId, kind, text, string.IsNullOrEmpty(author) ? null : author, block));

        switch (stored.Event)
        {
            case GroupCreated e:
                (Id, Name, Promise, Language, JoinCode, Origin, CreatedAt) = (e.GroupId, e.Name, e.Promise, e.Language, e.JoinCode, e.Origin, at);
                (_seats[0], _seats[1]) = (e.Seat1, e.Seat2);
                Log("card", e.GroupId, "added", e.Name);
                break;
            case SeatHandedOver e:
                _seats[e.Seat - 1] = e.PrincipalId;
                Log("seat", e.Seat.ToString(System.Globalization.CultureInfo.InvariantCulture), "changed", string.Empty);
                break;
            case GroupCardChanged e:
                (Name, Promise, Stage, Theme, StopReason) = (e.Name, e.Promise, e.Stage, e.Theme, e.StopReason);
                Log("card", Id, "changed", e.Name);
                break;
            case ExchangeSet e:
                Log("exchange", e.ExchangeId, _exchanges.ContainsKey(e.ExchangeId) ? "changed" : "added", e.Text);
                _exchanges[e.ExchangeId] = new Exchange(e.ExchangeId, e.Kind, e.Category, e.Text, at);
                break;
            case ExchangeRemoved e when _exchanges.Remove(e.ExchangeId, out var exchange):
                Log("exchange", e.ExchangeId, "removed", exchange.Text);
                break;
            case PublicationSet e:
                Log("publication", Id, e.Published ? Publication.Published ? "changed" : "published" : "unpublished", e.PublicText ?? string.Empty);
                Publication = new Publication(e.Published, e.PublicText, e.ShowNeeds, e.ShowMilestones);
                break;
            case MemberInvited e:
                _invitations[e.Invitation.Id] = e.Invitation;
                break;
            case MemberJoined e:
                _members[e.MemberId] = new GroupMember(e.MemberId, e.Nickname, e.Kind, e.Skills, e.Contact, at);
                if (e.InvitationId is not null && _invitations.TryGetValue(e.InvitationId, out var invitation))
                {
                    _invitations[e.InvitationId] = invitation with { Accepted = true };
                }

                Log("member", e.MemberId, "added", e.Nickname, e.MemberId);
                break;
            case MemberLeft e when _members.TryGetValue(e.MemberId, out var member):
                _members[e.MemberId] = e.Erase
                    ? member with { Nickname = string.Empty, Skills = null, Contact = null, Left = true, Erased = true }
                    : member with { Left = true };
                if (e.Erase)
                {
                    Forget(e.MemberId);
                }

                Log("member", e.MemberId, "removed", e.Erase ? string.Empty : member.Nickname, e.Erase ? null : e.MemberId);
                break;
            case MemberContactChanged e when _members.TryGetValue(e.MemberId, out var member):
                _members[e.MemberId] = member with { Contact = e.Contact };
                break;
            case CanvasItemAdded e:
                _canvas[e.ItemId] = new CanvasItem(e.ItemId, e.Block, e.Text, e.AuthorId, at, e.Source);
                Log("canvas", e.ItemId, "added", e.Text, e.AuthorId, e.Block);
                break;
            case CanvasItemEdited e when _canvas.TryGetValue(e.ItemId, out var item):
                _canvas[e.ItemId] = item with { Block = e.Block, Text = e.Text, ChangedAt = at };
                Log("canvas", e.ItemId, "changed", e.Text, e.AuthorId, e.Block);
                break;
            case CanvasItemRemoved e when _canvas.Remove(e.ItemId, out var item):
                Log("canvas", e.ItemId, "removed", item.Text, e.AuthorId, item.Block);
                break;
            case CanvasVersionSaved e:
                _versions.Add(new CanvasVersion(e.Number, e.Label, seq, at, [.. OrderedCanvas(_canvas.Values)]));
                Log("canvas", e.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "version", e.Label);
                break;
            case MilestoneSet e:
                Log("milestone", e.Milestone.Id, _milestones.ContainsKey(e.Milestone.Id) ? "changed" : "added", e.Milestone.Title);
                _milestones[e.Milestone.Id] = e.Milestone;
                break;
            case MilestoneRemoved e when _milestones.Remove(e.MilestoneId, out var milestone):
                Log("milestone", e.MilestoneId, "removed", milestone.Title);
                break;
            case ActionSet e:
                var before = _actions.GetValueOrDefault(e.ActionId);
                _actions[e.ActionId] = new ActionItem(e.ActionId, e.What, e.OwnerId, e.OwnerName, e.Due, e.Done, at);
                Log("action", e.ActionId, before is null ? "added" : e.Done && !before.Done ? "done" : "changed", e.What, e.AuthorId);
                break;
            case ActionRemoved e when _actions.Remove(e.ActionId, out var action):
                Log("action", e.ActionId, "removed", action.What);
                break;
            case MeetingSet e:
                Log("meeting", e.Meeting.Id, _meetings.ContainsKey(e.Meeting.Id) ? "changed" : "added", e.Meeting.Title);
                _meetings[e.Meeting.Id] = e.Meeting;
                break;
            case MeetingRemoved e when _meetings.Remove(e.MeetingId, out var meeting):
                Log("meeting", e.MeetingId, "removed", meeting.Title);
                break;
            case GroupClosed e:
                (ClosedAt, ClosedReason) = (at, e.Reason);
                Log("card", Id, "closed", e.Reason);
                break;
        }

        Version = seq;
    }

    // An erased member is no longer named anywhere in the state, their invitation included: their entries stay (the group's work is the
    // group's), attributed to nobody, and actions they owned keep no name.
    private void Forget(string memberId)
    {
        if (_invitations.TryGetValue(memberId, out var invitation))
        {
            _invitations[memberId] = invitation with { Nickname = string.Empty, Contact = null };
        }

        foreach (var item in _canvas.Values.Where(i => i.AuthorId == memberId).ToList())
        {
            _canvas[item.Id] = item with { AuthorId = string.Empty };
        }

        foreach (var action in _actions.Values.Where(a => a.OwnerId == memberId).ToList())
        {
            _actions[action.Id] = action with { OwnerId = null, OwnerName = null };
        }

        for (var i = 0; i < _history.Count; i++)
        {
            if (_history[i].AuthorId == memberId)
            {
                _history[i] = _history[i] with { AuthorId = null, Text = _history[i].Area == "member" ? string.Empty : _history[i].Text };
            }
        }
    }
}
