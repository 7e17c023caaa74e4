using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>The most decisions a meeting records.</summary>
    public const int MaxDecisions = 50;

    /// <summary>The longest minutes (a compte rendu of a long meeting).</summary>
    public const int MaxMinutesLength = 20_000;

    /// <summary>
    /// Schedules a meeting or changes it: date, length, place, agenda, then minutes and decisions (the co-animators).
    /// Its live log, once it runs, is kept.
    /// </summary>
    public Decision SetMeeting(Actor actor, string meetingId, string title, DateTimeOffset startsAt, int durationMinutes, string? place, string? agenda, string? minutes, IReadOnlyList<string>? decisions)
    {
        RequireSeat(actor);
        RequireOpen();
        Input.Id(meetingId, "meetingId");
        if (durationMinutes is < 5 or > 24 * 60)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A meeting lasts 5 minutes to 24 hours.");
        }

        if (startsAt.Year is < 2000 or > 2100)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The date must fall between 2000 and 2100.");
        }

        var list = decisions ?? [];
        if (list.Count > MaxDecisions)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"A meeting records at most {MaxDecisions} decisions.");
        }

        var current = _meetings.GetValueOrDefault(meetingId);
        var meeting = new Meeting(
            meetingId,
            Input.Line(title, Input.MaxTitleLength, "title"),
            startsAt,
            durationMinutes,
            Input.Optional(place, Input.MaxTitleLength, "place", allowNewLines: false),
            Input.Optional(agenda, Input.MaxLongTextLength, "agenda"),
            Input.Optional(minutes, MaxMinutesLength, "minutes"),
            [.. list.Select(d => Input.Line(d, Input.MaxLongTextLength, "decision"))],
            current?.LiveSessionId,
            current?.LiveJoinCode);
        return current is not null && SameMeeting(current, meeting) ? Decision.None : Decision.Of(new MeetingSet(meeting));
    }

    /// <summary>Links a meeting to the live log it runs in (the host made it); a meeting runs live once.</summary>
    public Decision LinkLiveMeeting(Actor actor, string meetingId, string sessionId, string joinCode)
    {
        RequireSeat(actor);
        RequireOpen();
        var meeting = _meetings.GetValueOrDefault(meetingId ?? string.Empty) ?? throw NotFound("meeting");
        if (meeting.LiveSessionId is not null)
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "This meeting already runs live.");
        }

        return Decision.Of(new MeetingSet(meeting with { LiveSessionId = Input.Id(sessionId, "sessionId"), LiveJoinCode = Input.Line(joinCode, 16, "joinCode") }));
    }

    /// <summary>Takes off a meeting that never ran live (the co-animators).</summary>
    public Decision RemoveMeeting(Actor actor, string meetingId)
    {
        RequireSeat(actor);
        RequireOpen();
        var meeting = _meetings.GetValueOrDefault(meetingId ?? string.Empty) ?? throw NotFound("meeting");
        return meeting.LiveSessionId is null
            ? Decision.Of(new MeetingRemoved(meeting.Id))
            : throw new WorkshopException(ErrorCodes.SessionState, "A meeting that ran live stays in the group's record.");
    }

    /// <summary>The next meeting to come after an instant, if any.</summary>
    public Meeting? NextMeeting(DateTimeOffset now) =>
        _meetings.Values.Where(m => m.StartsAt.AddMinutes(m.DurationMinutes) > now).OrderBy(m => m.StartsAt).FirstOrDefault();

    /// <summary>The last meeting that started before an instant, if any.</summary>
    public Meeting? LastMeeting(DateTimeOffset now) =>
        _meetings.Values.Where(m => m.StartsAt <= now).OrderByDescending(m => m.StartsAt).FirstOrDefault();

    /// <summary>Closes the group (launched or stopped, and why); retention counts from here.</summary>
    public Decision Close(Actor actor, string reason)
    {
        RequireSeat(actor);
        return IsClosed ? Decision.None : Decision.Of(new GroupClosed(Input.Line(reason, Input.MaxLongTextLength, "reason")));
    }

    private static bool SameMeeting(Meeting a, Meeting b) =>
        a with { Decisions = [] } == b with { Decisions = [] } && a.Decisions.SequenceEqual(b.Decisions, StringComparer.Ordinal);
}
