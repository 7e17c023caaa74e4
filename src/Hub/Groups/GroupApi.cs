using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Web;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// The HTTP side of working groups: born from a piste by the evening's animator or from scratch, joined by code or
/// invitation, and the group's space (card, canvas, road to launch, actions, meetings, members), which works at any
/// time without a meeting running. Writes name their item with a client-made id, so a retried write is the same one.
/// </summary>
internal static class GroupApi
{
    public static IEndpointRouteBuilder MapGroupApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>();
        api.MapPost("/groups", CreateAsync).AllowAnonymous();
        api.MapGet("/groups/join/{code}", ResolveAsync).AllowAnonymous();
        api.MapPost("/groups/join/{code}", JoinAsync).AllowAnonymous();
        api.MapGet("/groups/join/{code}/qr.svg", QrAsync).AllowAnonymous();

        var token = new Action<Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder>(p =>
            p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser());

        var evening = api.MapGroup("/sessions/{sessionId}/groups").RequireAuthorization(token).AddEndpointFilter<AllowedRolesFilter>();
        evening.MapPost("", CreateFromPisteAsync).WithMetadata(new AllowAttribute(Role.Animator));
        evening.MapGet("", ListAsync).WithMetadata(new AllowAttribute(Role.Animator));
        evening.MapPost("/{groupId}/seats/{seat:int}", AnimatorHandsOverSeatAsync).WithMetadata(new AllowAttribute(Role.Animator));
        evening.MapPost("/{groupId}/invitations/links", InvitationLinksAsync).WithMetadata(new AllowAttribute(Role.Animator));

        var group = api.MapGroup("/groups/{groupId}").RequireAuthorization(token).AddEndpointFilter<GroupRolesFilter>();
        var everyone = new AllowAttribute(Role.CoAnimator, Role.Participant);
        var seats = new AllowAttribute(Role.CoAnimator);
        var members = new AllowAttribute(Role.Participant);
        group.MapGet("", PageAsync).WithMetadata(everyone);
        group.MapPost("/invitation", AcceptAsync).WithMetadata(members);
        group.MapPut("/me/contact", SetContactAsync).WithMetadata(members);
        group.MapPost("/me/leave", LeaveAsync).WithMetadata(members);
        group.MapPut("/card", ChangeCardAsync).WithMetadata(seats);
        group.MapPut("/exchanges/{exchangeId}", PutExchangeAsync).WithMetadata(seats);
        group.MapDelete("/exchanges/{exchangeId}", RemoveExchangeAsync).WithMetadata(seats);
        group.MapPut("/publication", SetPublicationAsync).WithMetadata(seats);
        group.MapPost("/resources", AddResourceAsync).WithMetadata(seats);
        group.MapDelete("/resources/{memberId}", RemoveResourceAsync).WithMetadata(seats);
        group.MapPut("/canvas/{itemId}", PutCanvasItemAsync).WithMetadata(everyone);
        group.MapDelete("/canvas/{itemId}", RemoveCanvasItemAsync).WithMetadata(everyone);
        group.MapPost("/canvas/versions", SaveVersionAsync).WithMetadata(seats);
        group.MapGet("/canvas/versions/{number:int}", VersionAsync).WithMetadata(everyone);
        group.MapPut("/milestones/{milestoneId}", PutMilestoneAsync).WithMetadata(seats);
        group.MapDelete("/milestones/{milestoneId}", RemoveMilestoneAsync).WithMetadata(seats);
        group.MapPut("/actions/{actionId}", PutActionAsync).WithMetadata(everyone);
        group.MapDelete("/actions/{actionId}", RemoveActionAsync).WithMetadata(seats);
        group.MapPut("/meetings/{meetingId}", PutMeetingAsync).WithMetadata(seats);
        group.MapDelete("/meetings/{meetingId}", RemoveMeetingAsync).WithMetadata(seats);
        group.MapGet("/meetings/{meetingId}/ics", MeetingIcsAsync).WithMetadata(everyone);
        group.MapPost("/seats/{seat:int}", HandOverOwnSeatAsync).WithMetadata(seats);
        group.MapPost("/close", CloseAsync).WithMetadata(seats);
        GroupDossierApi.MapGroupDossier(api, group);
        Portfolio.FicheApi.MapFiche(api);
        GroupLiveApi.MapGroupLive(group);
        return app;
    }

    private static async Task<Created<CreatedGroup>> CreateAsync(
        NewGroupRequest request, GroupCreator creator, HttpRequest http, CancellationToken cancellationToken)
    {
        var created = await creator.CreateAsync(http, request.Name ?? string.Empty, request.Promise, request.Language, origin: null, invitations: [], animator: null, cancellationToken);
        return TypedResults.Created($"/api/groups/{created.GroupId}", created);
    }

    private static async Task<Created<CreatedGroup>> CreateFromPisteAsync(
        string sessionId, GroupFromPisteRequest request, ClaimsPrincipal user, SessionRegistry sessions, GroupCreator creator,
        HttpRequest http, CancellationToken cancellationToken)
    {
        var animator = SessionApi.RequireMemberOf(user, sessionId);
        var pisteId = request.PisteId ?? throw new WorkshopException(ErrorCodes.InvalidArgument, "pisteId is required.");
        var (origin, invitations, language) = await sessions.ReadAsync(sessionId, s =>
        {
            var quoted = GroupOrigins.Quote(s, pisteId);
            if (s.Pistes.First(p => p.Id == pisteId).GroupId is not null)
            {
                throw new WorkshopException(ErrorCodes.AlreadyExists, "A working group was already born from this piste.");
            }

            var volunteers = s.SignUps
                .Where(v => v.PisteId == pisteId)
                .Select(v => new Volunteer(s.FindParticipant(v.ParticipantId)?.Nickname ?? string.Empty, v.Contact))
                .Where(v => v.Nickname.Length > 0)
                .ToList();
            return (quoted, volunteers, s.Language);
        }, cancellationToken);
        var created = await creator.CreateAsync(http, string.IsNullOrWhiteSpace(request.Name) ? origin.PisteTitle : request.Name,
            request.Promise, language, origin, invitations, animator, cancellationToken);
        return TypedResults.Created($"/api/groups/{created.GroupId}", created);
    }

    private static async Task<Ok<IReadOnlyList<GroupSummary>>> ListAsync(
        string sessionId, ClaimsPrincipal user, GroupCreator creator, GroupRegistry groups, CancellationToken cancellationToken)
    {
        SessionApi.RequireMemberOf(user, sessionId);
        var list = new List<GroupSummary>();
        foreach (var groupId in await creator.GroupsOfAsync(sessionId, cancellationToken))
        {
            list.Add(await groups.ReadAsync(groupId, g => new GroupSummary(g.Id, g.Name, g.Origin!.PisteId, g.JoinCode,
                g.Members.Count(m => !m.Left), g.Invitations.Count(i => !i.Accepted), g.Stage), cancellationToken));
        }

        return TypedResults.Ok<IReadOnlyList<GroupSummary>>(list);
    }

    private static async Task<Ok<GroupLink>> AnimatorHandsOverSeatAsync(
        string sessionId, string groupId, int seat, ClaimsPrincipal user, GroupRegistry groups, GroupCreator creator, GroupLinks links, HttpRequest http,
        CancellationToken cancellationToken)
    {
        var animator = SessionApi.RequireMemberOf(user, sessionId);
        await RequireBornOfAsync(creator, groupId, sessionId, cancellationToken);
        return TypedResults.Ok(await HandOverAsync(groups, links, http, groupId, animator, seat, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<GroupLink>>> InvitationLinksAsync(
        string sessionId, string groupId, ClaimsPrincipal user, GroupRegistry groups, GroupCreator creator, GroupLinks links, HttpRequest http,
        CancellationToken cancellationToken)
    {
        SessionApi.RequireMemberOf(user, sessionId);
        await RequireBornOfAsync(creator, groupId, sessionId, cancellationToken);
        var open = await groups.ReadAsync(groupId, g => g.Invitations.Where(i => !i.Accepted).OrderBy(i => i.Nickname, StringComparer.Ordinal).ToList(), cancellationToken);
        var issued = new List<GroupLink>();
        foreach (var invitation in open)
        {
            issued.Add(await links.InvitationAsync(http, groupId, invitation.Id, invitation.Nickname, cancellationToken));
        }

        return TypedResults.Ok<IReadOnlyList<GroupLink>>(issued);
    }

    private static async Task<Ok<GroupJoinInfo>> ResolveAsync(string code, JoinCodeResolver codes, GroupRegistry groups, HttpContext http)
    {
        var groupId = await ResolveGroupAsync(code, codes, http);
        return TypedResults.Ok(await groups.ReadAsync(groupId, g => new GroupJoinInfo(g.Id, g.Name, g.Promise, g.Language, g.IsClosed), http.RequestAborted));
    }

    // The group's code as a QR code, to print on the hand-off sheet or show at a meeting: it opens /g/CODE.
    private static async Task<IResult> QrAsync(string code, JoinCodeResolver codes, GroupLinks links, HttpContext http)
    {
        var (id, canonical) = await codes.ResolveAsync(code, http);
        if (!GroupIds.IsGroup(id))
        {
            throw new WorkshopException(ErrorCodes.NotFound, "No group has this code.");
        }

        return Results.Text(JoinQrCode.Svg(links.Join(http.Request, canonical)), "image/svg+xml; charset=utf-8");
    }

    private static async Task<Ok<GroupJoined>> JoinAsync(
        string code, GroupJoinRequest request, JoinCodeResolver codes, ISessionStore store, GroupRegistry groups, TimeProvider time, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var groupId = await ResolveGroupAsync(code, codes, http);
        var (memberId, token) = request.JoinId is { } joinId ? JoinIdentity.From(groupId, joinId) : (TokenHasher.NewId(), TokenHasher.NewToken());
        var nickname = request.Nickname ?? string.Empty;

        // Checked before the credential is made, so a refused join leaves nothing behind; a retried join finds itself.
        var rejoin = await groups.ReadAsync(groupId, g =>
        {
            if (g.FindMember(memberId) is not null)
            {
                return true;
            }

            g.Join(memberId, nickname);
            return false;
        }, cancellationToken);
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), groupId, Role.Participant, memberId, null, time.GetUtcNow()), cancellationToken));
        var version = rejoin
            ? await groups.ReadAsync(groupId, g => g.Version, cancellationToken)
            : await groups.ExecuteAsync(groupId, g => g.Join(memberId, nickname), $"join:{memberId}", cancellationToken);
        return TypedResults.Ok(new GroupJoined(groupId, memberId, token, version));
    }

    /// <summary>
    /// The group's space for its page, which reads it again every few seconds: unchanged since the caller's last read
    /// (same person, same version, same question), it answers 304 with no body. The page carries the canvas versions
    /// without their entries (read one with <c>GET …/canvas/versions/{n}</c>) and the history after the last version
    /// (at most <see cref="PageHistory"/> lines), so a group two years old stays light on a phone.
    /// </summary>
    private static async Task<IResult> PageAsync(
        string groupId, long? since, ClaimsPrincipal user, GroupRegistry groups, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        var known = http.Request.Headers.IfNoneMatch.ToString();
        var (tag, page) = await groups.ReadAsync(groupId, g =>
        {
            var me = g.IsSeat(actor)
                ? new GroupMe("coAnimator", actor.Id, g.SeatOf(actor.Id), null)
                : g.FindMember(actor.Id) is { Left: false }
                    ? new GroupMe("member", actor.Id, null, null)
                    : g.Invitations.FirstOrDefault(i => i.Id == actor.Id && !i.Accepted) is { } invitation
                        ? new GroupMe("invited", actor.Id, null, invitation.Nickname)
                        : throw new WorkshopException(ErrorCodes.Forbidden, "This link no longer opens the group.");
            var etag = string.Create(CultureInfo.InvariantCulture, $"\"{actor.Id}:{me.Role}:{g.Version}:{since}\"");
            return known == etag
                ? (etag, null)
                : (etag, new GroupPage(me, ForPage(g.ViewFor(actor)), since is { } seq ? g.ChangesSince(seq) : [], g.LastMeeting(time.GetUtcNow())?.Id));
        }, cancellationToken);

        // Built only when the caller's tag is not this one; the answer is then the page, else 304 (see PageTag).
        return PageTag.Answer(http, tag, () => page!);
    }

    /// <summary>The most history lines a page carries.</summary>
    internal const int PageHistory = 500;

    private static GroupSnapshot ForPage(GroupSnapshot view)
    {
        var lastVersion = view.CanvasVersions.Count > 0 ? view.CanvasVersions[^1].Seq : 0;
        return view with
        {
            CanvasVersions = [.. view.CanvasVersions.Select(v => v with { Items = [] })],
            History = [.. view.History.Where(h => h.Seq > lastVersion).TakeLast(PageHistory)],
        };
    }

    private static Task<Ok<Versioned>> AcceptAsync(string groupId, AcceptInvitationRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.AcceptInvitation(a, request.Nickname, request.KeepContact), cancellationToken);

    private static Task<Ok<Versioned>> SetContactAsync(string groupId, ContactRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.SetContact(a, request.Contact, request.Consent), cancellationToken);

    private static async Task<Ok<Versioned>> LeaveAsync(string groupId, LeaveRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken)
    {
        var result = await Run(groups, groupId, user, (g, a) => g.Leave(a, a.Id, request.Erase), cancellationToken);
        if (request.Erase)
        {
            await groups.EraseAsync(groupId, user.GetActor()!.Id, cancellationToken);
        }

        return result;
    }

    private static Task<Ok<Versioned>> ChangeCardAsync(string groupId, CardRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.ChangeCard(a, request.Name ?? string.Empty, request.Promise, request.Stage, request.Theme, request.StopReason), cancellationToken);

    private static Task<Ok<Versioned>> PutExchangeAsync(string groupId, string exchangeId, ExchangeRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.SetExchange(a, exchangeId, request.Kind, request.Category, request.Text), cancellationToken);

    private static Task<Ok<Versioned>> RemoveExchangeAsync(string groupId, string exchangeId, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.RemoveExchange(a, exchangeId), cancellationToken);

    private static Task<Ok<Versioned>> SetPublicationAsync(string groupId, PublicationRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.SetPublication(a, request.Published, request.PublicText, request.ShowNeeds, request.ShowMilestones), cancellationToken);

    private static Task<Ok<Versioned>> AddResourceAsync(string groupId, ResourceRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken)
    {
        var memberId = TokenHasher.NewId();
        return Run(groups, groupId, user, (g, a) => g.AddResource(a, memberId, request.Name ?? string.Empty, request.Skills, request.Contact, request.Consent), cancellationToken);
    }

    private static async Task<Ok<Versioned>> RemoveResourceAsync(string groupId, string memberId, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken)
    {
        var result = await Run(groups, groupId, user, (g, a) => g.Leave(a, memberId, erase: true), cancellationToken);
        await groups.EraseAsync(groupId, memberId, cancellationToken);
        return result;
    }

    private static Task<Ok<Versioned>> PutCanvasItemAsync(string groupId, string itemId, CanvasItemRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.Canvas.Any(i => i.Id == itemId)
            ? g.EditCanvasItem(a, itemId, request.Block ?? string.Empty, request.Text ?? string.Empty)
            : g.AddCanvasItem(a, itemId, request.Block ?? string.Empty, request.Text ?? string.Empty, request.Source), cancellationToken);

    private static Task<Ok<Versioned>> RemoveCanvasItemAsync(string groupId, string itemId, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.RemoveCanvasItem(a, itemId), cancellationToken);

    private static Task<Ok<Versioned>> SaveVersionAsync(string groupId, CanvasVersionRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.SaveCanvasVersion(a, request.Label), cancellationToken);

    private static async Task<Ok<CanvasVersion>> VersionAsync(string groupId, int number, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        return TypedResults.Ok(await groups.ReadAsync(groupId, g =>
        {
            RequireInGroup(g, actor);
            return g.FindCanvasVersion(number) ?? throw new WorkshopException(ErrorCodes.NotFound, "No such canvas version.");
        }, cancellationToken));
    }

    private static Task<Ok<Versioned>> PutMilestoneAsync(string groupId, string milestoneId, MilestoneRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.SetMilestone(a, milestoneId, request.Title ?? string.Empty, request.Due, request.Status, request.Note), cancellationToken);

    private static Task<Ok<Versioned>> RemoveMilestoneAsync(string groupId, string milestoneId, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.RemoveMilestone(a, milestoneId), cancellationToken);

    private static Task<Ok<Versioned>> PutActionAsync(string groupId, string actionId, ActionRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.SetAction(a, actionId, request.What ?? string.Empty, request.OwnerId, request.OwnerName, request.Due, request.Done), cancellationToken);

    private static Task<Ok<Versioned>> RemoveActionAsync(string groupId, string actionId, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.RemoveAction(a, actionId), cancellationToken);

    private static Task<Ok<Versioned>> PutMeetingAsync(string groupId, string meetingId, MeetingRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.SetMeeting(a, meetingId, request.Title ?? string.Empty, request.StartsAt, request.DurationMinutes,
            request.Place, request.Agenda, request.Minutes, request.Decisions), cancellationToken);

    private static Task<Ok<Versioned>> RemoveMeetingAsync(string groupId, string meetingId, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.RemoveMeeting(a, meetingId), cancellationToken);

    private static async Task<IResult> MeetingIcsAsync(
        string groupId, string meetingId, ClaimsPrincipal user, GroupRegistry groups, GroupLinks links, TimeProvider time, HttpRequest http, CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        var ics = await groups.ReadAsync(groupId, g =>
        {
            RequireInGroup(g, actor);
            var meeting = g.FindMeeting(meetingId) ?? throw new WorkshopException(ErrorCodes.NotFound, "No such meeting.");
            return GroupCalendar.Ics(g, meeting, time.GetUtcNow(), links.Join(http, g.JoinCode));
        }, cancellationToken);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "reunion.ics");
    }

    private static async Task<Ok<GroupLink>> HandOverOwnSeatAsync(
        string groupId, int seat, ClaimsPrincipal user, GroupRegistry groups, GroupLinks links, HttpRequest http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await HandOverAsync(groups, links, http, groupId, user.GetActor()!, seat, cancellationToken));

    private static Task<Ok<Versioned>> CloseAsync(string groupId, CloseRequest request, ClaimsPrincipal user, GroupRegistry groups, CancellationToken cancellationToken) =>
        Run(groups, groupId, user, (g, a) => g.Close(a, request.Reason ?? string.Empty), cancellationToken);

    // Decided first, so a refused hand-over leaves no credential behind; the new seat's link works once stored.
    private static async Task<GroupLink> HandOverAsync(
        GroupRegistry groups, GroupLinks links, HttpRequest http, string groupId, Actor actor, int seat, CancellationToken cancellationToken)
    {
        var principalId = TokenHasher.NewId();
        await groups.ReadAsync(groupId, g => g.HandOverSeat(actor, seat, principalId), cancellationToken);
        var link = await links.SeatAsync(http, groupId, seat, principalId, cancellationToken);
        await groups.ExecuteAsync(groupId, g => g.HandOverSeat(actor, seat, principalId), $"seat:{principalId}", cancellationToken);
        return link;
    }

    private static async Task<Ok<Versioned>> Run(
        GroupRegistry groups, string groupId, ClaimsPrincipal user, Func<WorkingGroup, Actor, Decision> decide, CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        return TypedResults.Ok(new Versioned(await groups.ExecuteAsync(groupId, g => decide(g, actor), null, cancellationToken)));
    }

    public static void RequireInGroup(WorkingGroup group, Actor actor)
    {
        if (!group.IsSeat(actor) && !group.IsMember(actor))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the group's members and co-animators may do this.");
        }
    }

    // The evening's own pistes say which groups were born from it: a group imported from a dossier quotes an evening
    // too, but its animator holds nothing over it.
    private static async Task RequireBornOfAsync(GroupCreator creator, string groupId, string sessionId, CancellationToken cancellationToken)
    {
        if (!GroupIds.IsGroup(groupId) || !(await creator.GroupsOfAsync(sessionId, cancellationToken)).Contains(groupId, StringComparer.Ordinal))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "This group was not born from this soirée.");
        }
    }

    private static async Task<string> ResolveGroupAsync(string code, JoinCodeResolver codes, HttpContext http)
    {
        var (id, _) = await codes.ResolveAsync(code, http);
        return GroupIds.IsGroup(id) ? id : throw new WorkshopException(ErrorCodes.NotFound, "No group has this code.");
    }
}
