using System.Globalization;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.GroupBench;

/// <summary>
/// Writes two years of a working group through the registry, one command at a time as the group's pages would, so the
/// store holds the log and the snapshots the registry took on the way: a meeting a month (scheduled with its agenda,
/// then its minutes and decisions, then a canvas version), and between meetings canvas entries written, rewritten
/// and taken off, actions added and ticked, milestones moving, members joining, leaving and giving a contact.
/// </summary>
internal sealed class TwoYearGroup(GroupRegistry registry, BenchClock clock)
{
    public const int Meetings = 24;
    public const int Events = 5000;

    private static readonly DateTimeOffset s_start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor s_seat = new(Role.CoAnimator, "seat-one");
    private readonly Random _random = new(2026);
    private readonly List<string> _present = [];
    private int _joined;
    private int _written;
    private int _scheduled;
    private int _held;

    public async Task WriteAsync(string groupId, CancellationToken cancellationToken)
    {
        var text = new FrenchText(_random);
        clock.Now = s_start;
        var code = JoinCode.FromRandom(Guid.NewGuid().ToByteArray().AsSpan(0, JoinCode.Length));
        await registry.CreateAsync(groupId, WorkingGroup.Create(groupId, "Circuit court du plateau",
            "Des paniers de saison du producteur à la cantine, sans intermédiaire", "fr", code, null, s_seat.Id, "seat-two"), cancellationToken);

        long version = 1;
        while (version < Events)
        {
            clock.Now = s_start + TimeSpan.FromDays(730.0 * version / Events);
            var month = (int)(version * Meetings / Events);
            var halfway = version * Meetings % Events >= Events / 2;
            version = await registry.ExecuteAsync(groupId, g => Next(g, text, month, halfway), null, cancellationToken);
        }
    }

    // One command: the month's meeting when it is due, otherwise what a group does between meetings.
    private Decision Next(WorkingGroup group, FrenchText text, int month, bool halfway)
    {
        if (_scheduled <= month)
        {
            _scheduled++;
            return group.SetMeeting(s_seat, MeetingId(month), text.MeetingTitle(), clock.Now.AddDays(14).AddHours(10), 120, text.Place(), text.Agenda(), null, null);
        }

        if (halfway && _held <= month)
        {
            var meeting = group.FindMeeting(MeetingId(month))!;
            if (meeting.Minutes.Length == 0)
            {
                return group.SetMeeting(s_seat, meeting.Id, meeting.Title, meeting.StartsAt, meeting.DurationMinutes, meeting.Place, meeting.Agenda,
                    text.Minutes(), [.. Enumerable.Range(0, _random.Next(2, 6)).Select(_ => text.Decision())]);
            }

            _held++;
            return group.SaveCanvasVersion(s_seat, $"Après la réunion du {meeting.StartsAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))}");
        }

        var roll = _random.Next(100);
        if (_present.Count < (month == 0 ? 25 : 25 + month) && roll < 20)
        {
            var memberId = $"m-{_joined:D3}";
            _present.Add(memberId);
            return group.Join(memberId, text.Nickname(_joined++));
        }

        var canvas = group.Canvas.ToList();
        var actions = group.Actions.ToList();
        return roll switch
        {
            < 34 when canvas.Count < 260 => group.AddCanvasItem(Member(), $"c-{_written++:D4}", Block(), text.Entry()),
            < 52 when canvas.Count > 0 => Edit(group, canvas[_random.Next(canvas.Count)], text),
            < 58 when canvas.Count > 0 => group.RemoveCanvasItem(s_seat, canvas[_random.Next(canvas.Count)].Id),
            < 72 => group.SetAction(Member(), $"a-{_written++:D4}", text.Action(), Owner(), null, DateOnly.FromDateTime(clock.Now.AddDays(21).Date), false),
            < 84 when actions.Count > 0 => Tick(group, actions[_random.Next(actions.Count)]),
            < 87 when actions.Count > 0 => group.RemoveAction(s_seat, actions[_random.Next(actions.Count)].Id),
            < 92 => group.SetMilestone(s_seat, $"j-{_random.Next(12):D2}", text.Milestone(), DateOnly.FromDateTime(clock.Now.AddMonths(3).Date),
                (MilestoneStatus)_random.Next(4), _random.Next(2) == 0 ? null : text.Entry()),
            < 95 when _present.Count > 3 => Leave(group),
            < 99 when _present.Count > 0 => group.SetContact(new Actor(Role.Participant, _present[_random.Next(_present.Count)]),
                new ContactDetails(null, $"membre{_random.Next(1000)}@exemple.fr", $"06 {_random.Next(10, 99)} {_random.Next(10, 99)} {_random.Next(10, 99)} {_random.Next(10, 99)}"), true),
            _ => group.ChangeCard(s_seat, group.Name, group.Promise, (GroupStage)Math.Min(3, month / 6)) is { IsEmpty: false } card
                ? card
                : group.AddResource(s_seat, $"r-{_written++:D4}", text.Nickname(_random.Next(20)), "Comptable à la retraite, connaît les aides de la Région",
                    new ContactDetails(null, "ressource@exemple.fr", null), consent: true),
        };
    }

    private Decision Edit(WorkingGroup group, CanvasItem item, FrenchText text) =>
        group.EditCanvasItem(s_seat, item.Id, _random.Next(5) == 0 ? Block() : item.Block, text.Entry());

    private Decision Tick(WorkingGroup group, ActionItem action) =>
        group.SetAction(s_seat, action.Id, action.What, action.OwnerId is { } owner && group.FindMember(owner) is { Left: false } ? owner : null,
            action.OwnerName, action.Due, !action.Done);

    private Decision Leave(WorkingGroup group)
    {
        var memberId = _present[_random.Next(_present.Count)];
        _present.Remove(memberId);
        return group.Leave(new Actor(Role.Participant, memberId), memberId, erase: false);
    }

    private Actor Member() => _present.Count == 0 || _random.Next(4) == 0 ? s_seat : new Actor(Role.Participant, _present[_random.Next(_present.Count)]);

    private string? Owner() => _present.Count == 0 || _random.Next(3) == 0 ? null : _present[_random.Next(_present.Count)];

    private string Block() => CanvasBlocks.All[_random.Next(CanvasBlocks.All.Count)].Id;

    private static string MeetingId(int month) => $"r-{month + 1:D2}";
}
