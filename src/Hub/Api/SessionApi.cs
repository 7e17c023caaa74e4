using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Api;

/// <summary>The HTTP side: create a soirée, resolve and use a join code, make board and co-animator links, snapshots.</summary>
internal static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>();
        api.MapPost("/sessions", CreateAsync).AllowAnonymous();
        api.MapGet("/join/{code}", ResolveAsync).AllowAnonymous();
        api.MapPost("/join/{code}", JoinAsync).AllowAnonymous();

        var session = api.MapGroup("/sessions/{sessionId}")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser())
            .AddEndpointFilter<AllowedRolesFilter>();
        session.MapPost("/links/board", CreateBoardLinkAsync).WithMetadata(new AllowAttribute(Role.Animator, Role.CoAnimator));
        session.MapPost("/links/coanimator", CreateCoAnimatorLinkAsync).WithMetadata(new AllowAttribute(Role.Animator));
        session.MapGet("/snapshot", SnapshotAsync).WithMetadata(new AllowAttribute(Role.Animator, Role.CoAnimator, Role.Participant, Role.Board));
        return app;
    }

    private static async Task<Created<CreatedSession>> CreateAsync(
        CreateSessionRequest request, SessionCreator creator, PublicLinks links, HttpRequest http, CancellationToken cancellationToken)
    {
        var (sessionId, code, token, version) = await creator.CreateAsync(request, cancellationToken);
        var created = new CreatedSession(sessionId, code, JoinCode.Display(code), links.Join(http, code), token,
            links.Animator(http, sessionId, token), version);
        return TypedResults.Created($"/api/sessions/{sessionId}/snapshot", created);
    }

    private static async Task<Ok<JoinInfo>> ResolveAsync(string code, JoinCodeResolver codes, SessionRegistry registry, HttpContext http)
    {
        var (sessionId, _) = await codes.ResolveAsync(code, http);
        return TypedResults.Ok(await registry.ReadAsync(sessionId, s => new JoinInfo(
            s.Id, s.Title, s.Language, s.State.ToString().ToLowerInvariant(), s.JoiningLocked,
            [.. s.Tables.Select(t => new JoinTable(t.Id, t.Name))]), http.RequestAborted));
    }

    private static async Task<Ok<Joined>> JoinAsync(
        string code, JoinRequest request, JoinCodeResolver codes, ISessionStore store, CredentialCache credentials, SessionRegistry registry, TimeProvider time,
        HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var (sessionId, _) = await codes.ResolveAsync(code, http);
        var (participantId, token) = request.JoinId is { } joinId
            ? JoinIdentity.From(sessionId, joinId)
            : (TokenHasher.NewId(), TokenHasher.NewToken());
        var version = await ParticipantJoin.JoinAsync(registry, store, credentials, time, sessionId, participantId, token, request.Nickname ?? string.Empty, request.TableId, cancellationToken);
        return TypedResults.Ok(new Joined(sessionId, participantId, token, version));
    }

    private static async Task<Ok<CreatedLink>> CreateBoardLinkAsync(
        string sessionId, LinkRequest? request, ClaimsPrincipal user, ISessionStore store, SessionRegistry registry,
        PublicLinks links, HttpRequest http, TimeProvider time, CancellationToken cancellationToken)
    {
        var actor = RequireMemberOf(user, sessionId);
        var tableId = request?.TableId;
        var version = await registry.ReadAsync(sessionId, s =>
        {
            var table = tableId is null ? null : s.FindTable(tableId) ?? throw new WorkshopException(ErrorCodes.NotFound, "No such table.");

            // A table's co-animator opens their own table's screen; every other screen is the animator's to hand out.
            return actor.Role == Role.Animator || (actor.Role == Role.CoAnimator && table is not null && table.Id == actor.TableId && table.CoAnimatorId == actor.Id)
                ? s.Version
                : throw new WorkshopException(ErrorCodes.Forbidden, "A co-animator opens their own table's screen only.");
        }, cancellationToken);
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.Board, TokenHasher.NewId(), tableId, time.GetUtcNow()), cancellationToken));
        return TypedResults.Ok(new CreatedLink("board", token, links.Board(http, sessionId, token), tableId, version));
    }

    private static async Task<Ok<CreatedLink>> CreateCoAnimatorLinkAsync(
        string sessionId, LinkRequest request, ClaimsPrincipal user, ISessionStore store, SessionRegistry registry,
        PublicLinks links, HttpRequest http, TimeProvider time, CancellationToken cancellationToken)
    {
        var animator = RequireAnimatorOf(user, sessionId);
        var tableId = request.TableId ?? throw new WorkshopException(ErrorCodes.InvalidArgument, "A co-animator link names a table.");
        var coAnimatorId = TokenHasher.NewId();
        await registry.ReadAsync(sessionId, s => s.AssignCoAnimator(animator, tableId, coAnimatorId), cancellationToken);
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.CoAnimator, coAnimatorId, tableId, time.GetUtcNow()), cancellationToken));
        var version = await registry.ExecuteAsync(sessionId, (s, _) => s.AssignCoAnimator(animator, tableId, coAnimatorId),
            $"coanimator:{coAnimatorId}", cancellationToken);
        return TypedResults.Ok(new CreatedLink("coAnimator", token, links.CoAnimator(http, sessionId, token), tableId, version));
    }

    private static async Task<Ok<SnapshotResponse>> SnapshotAsync(
        string sessionId, ClaimsPrincipal user, SessionRegistry registry, TimeProvider time, CancellationToken cancellationToken)
    {
        var actor = RequireMemberOf(user, sessionId);
        // The wire shape is made outside the session's lock (see WorkshopHub.Sync).
        var (version, view) = await registry.ReadAsync(sessionId, s => (s.Version, s.ViewFor(Viewer.Of(actor))), cancellationToken);
        return TypedResults.Ok(new SnapshotResponse(version, time.GetUtcNow().ToUnixTimeMilliseconds(), WirePayload.From(view)));
    }

    /// <summary>The caller, when their token belongs to this soirée.</summary>
    internal static Actor RequireMemberOf(ClaimsPrincipal user, string sessionId) =>
        user.GetSessionId() == sessionId && user.GetActor() is { } actor
            ? actor
            : throw new WorkshopException(ErrorCodes.Forbidden, "This token belongs to another soirée.");

    private static Actor RequireAnimatorOf(ClaimsPrincipal user, string sessionId)
    {
        var actor = RequireMemberOf(user, sessionId);
        return actor.Role == Role.Animator ? actor : throw new WorkshopException(ErrorCodes.Forbidden, "Only the animator may do this.");
    }
}
