using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// A group's meeting run live on the same hub as an evening: a co-animator starts it in one of the meeting formats
/// (a soirée of one workshop, with its rounds, timers, notes, clusters, dots and sign-ups, linked to the meeting), and
/// each member enters it from the group's space under their own id, so what the room wrote and who signed up for
/// what can be kept into the group afterwards.
/// </summary>
internal static class GroupLiveApi
{
    private const string WorkshopId = "w-meeting";

    // By MilestoneStatus: planned, in progress, reached, dropped.
    private static readonly string[] s_statusFr = ["prévu", "en cours", "atteint", "abandonné"];
    private static readonly string[] s_statusEn = ["planned", "in progress", "reached", "dropped"];

    public static void MapGroupLive(RouteGroupBuilder group)
    {
        group.MapPost("/meetings/{meetingId}/live", StartAsync).WithMetadata(new AllowAttribute(Role.CoAnimator));
        group.MapPost("/meetings/{meetingId}/live/join", JoinAsync).WithMetadata(new AllowAttribute(Role.Participant));
    }

    private static async Task<Ok<LiveMeeting>> StartAsync(
        string groupId, string meetingId, LiveMeetingRequest request, ClaimsPrincipal user, GroupRegistry groups, SessionCreator creator,
        SessionRegistry sessions, ISessionStore store, PublicLinks links, TimeProvider time, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var actor = user.GetActor()!;
        var (name, language, meeting, milestones) = await groups.ReadAsync(groupId, g =>
        {
            if (!g.IsSeat(actor))
            {
                throw new WorkshopException(ErrorCodes.Forbidden, "Only the group's co-animators run its meetings.");
            }

            return (g.Name, g.Language, g.FindMeeting(meetingId) ?? throw new WorkshopException(ErrorCodes.NotFound, "No such meeting."), (IReadOnlyList<Milestone>)[.. g.Milestones]);
        }, cancellationToken);

        if (meeting.LiveSessionId is { } running)
        {
            return TypedResults.Ok(await ConsoleAsync(running, meeting.LiveJoinCode!, sessions, store, links, time, http));
        }

        var format = WorkshopFormats.Parse(request.Format) is { } parsed && parsed.IsMeeting()
            ? parsed
            : throw new WorkshopException(ErrorCodes.InvalidArgument, "A meeting runs live as atelierCanvas, planAction or revueEtape.");
        var french = language != "en";
        var focus = format == WorkshopFormat.RevueEtape && milestones.Count > 0
            ? RoadToReview(milestones, french)
            : string.IsNullOrWhiteSpace(meeting.Agenda) ? DefaultFocus(format, name, french) : meeting.Agenda.Trim();
        var (sessionId, code, token, _) = await creator.CreateAsync(new CreateSessionRequest
        {
            Title = $"{name} — {meeting.Title}",
            Language = language,
            Open = true,
            Workshops = [new WorkshopSpec { Id = WorkshopId, Format = WorkshopFormats.NameOf(format), Title = meeting.Title, Challenge = focus[..Math.Min(focus.Length, Input.MaxLongTextLength)], Theme = name }],
            Tables = [],
        }, cancellationToken);
        try
        {
            await groups.ExecuteAsync(groupId, g => g.LinkLiveMeeting(actor, meetingId, sessionId, code), $"live:{meetingId}:{sessionId}", cancellationToken);
        }
        catch (WorkshopException e) when (e.Code == ErrorCodes.AlreadyExists)
        {
            // The other co-animator started it a moment before: join theirs (the soirée made here is never shown
            // to anyone and goes with the retention of unused soirées).
            var linked = await groups.ReadAsync(groupId, g => g.FindMeeting(meetingId)!, cancellationToken);
            return TypedResults.Ok(await ConsoleAsync(linked.LiveSessionId!, linked.LiveJoinCode!, sessions, store, links, time, http));
        }

        return TypedResults.Ok(Live(sessionId, WorkshopFormats.NameOf(format), code, token, links, http));
    }

    /// <summary>A fresh console link for a meeting already live: a credential of the soirée's animator.</summary>
    private static async Task<LiveMeeting> ConsoleAsync(
        string sessionId, string code, SessionRegistry sessions, ISessionStore store, PublicLinks links, TimeProvider time, HttpContext http)
    {
        var (animatorId, format) = await sessions.ReadAsync(sessionId, s => (s.AnimatorId, s.Workshops.Count > 0 ? WorkshopFormats.NameOf(s.Workshops[0].Format) : string.Empty), http.RequestAborted);
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.Animator, animatorId, null, time.GetUtcNow()), http.RequestAborted));
        return Live(sessionId, format, code, token, links, http);
    }

    private static LiveMeeting Live(string sessionId, string format, string code, string token, PublicLinks links, HttpContext http) =>
        new(sessionId, format, code, JoinCode.Display(code), links.Join(http.Request, code), token, links.Animator(http.Request, sessionId, token));

    private static async Task<Ok<LiveMeetingJoined>> JoinAsync(
        string groupId, string meetingId, ClaimsPrincipal user, GroupRegistry groups, SessionRegistry sessions, ISessionStore store, CredentialCache credentials,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        var (nickname, meeting) = await groups.ReadAsync(groupId, g =>
        {
            var member = g.FindMember(actor.Id) is { Left: false } m ? m : throw new WorkshopException(ErrorCodes.Forbidden, "Only the group's members join its meetings this way.");
            return (member.Nickname, g.FindMeeting(meetingId) ?? throw new WorkshopException(ErrorCodes.NotFound, "No such meeting."));
        }, cancellationToken);
        var sessionId = meeting.LiveSessionId ?? throw new WorkshopException(ErrorCodes.SessionState, "This meeting is not running live.");

        // The member's own id in the live meeting: what they write and sign up for is theirs when it is kept.
        var token = TokenHasher.NewToken();
        var version = await ParticipantJoin.JoinAsync(sessions, store, credentials, time, sessionId, actor.Id, token, nickname, null, cancellationToken);
        return TypedResults.Ok(new LiveMeetingJoined(sessionId, meeting.LiveJoinCode!, actor.Id, nickname, token, version));
    }

    /// <summary>
    /// What a "Revue d'étape" reviews, shown to the room on the board and the phones: the road to launch, each
    /// milestone with its date and where it stands.
    /// </summary>
    private static string RoadToReview(IReadOnlyList<Milestone> milestones, bool french)
    {
        var culture = CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-GB");
        var lines = milestones.OrderBy(m => m.Due ?? DateOnly.MaxValue).Select(m =>
        {
            var status = (french ? s_statusFr : s_statusEn)[(int)m.Status];
            var due = m.Due is { } d ? d.ToString("d MMMM yyyy", culture) : (french ? "sans date" : "no date");
            return $"{m.Title} ({due}, {status})";
        });
        // One line: the board and the phones show a workshop's question as a single paragraph.
        return (french ? "La feuille de route : " : "The road to launch: ") + string.Join(" · ", lines);
    }

    private static string DefaultFocus(WorkshopFormat format, string name, bool french) => (format, french) switch
    {
        (WorkshopFormat.AtelierCanvas, true) => $"Construire le modèle économique de « {name} »",
        (WorkshopFormat.AtelierCanvas, false) => $"Building the business model of “{name}”",
        (WorkshopFormat.PlanAction, true) => "Qui fait quoi d'ici la prochaine réunion ?",
        (WorkshopFormat.PlanAction, false) => "Who does what before the next meeting?",
        (_, true) => $"Où en est la feuille de route de « {name} » ?",
        _ => $"Where does the road to launch of “{name}” stand?",
    };
}
