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
        api.MapPost("/sessions", CreateAsync);
        api.MapGet("/join/{code}", ResolveAsync);
        api.MapPost("/join/{code}", JoinAsync);

        var session = api.MapGroup("/sessions/{sessionId}")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser());
        session.MapPost("/links/board", CreateBoardLinkAsync);
        session.MapPost("/links/coanimator", CreateCoAnimatorLinkAsync);
        session.MapGet("/snapshot", SnapshotAsync);
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

    private static async Task<Ok<JoinInfo>> ResolveAsync(string code, ISessionStore store, SessionRegistry registry, CancellationToken cancellationToken)
    {
        var sessionId = await FindByCodeAsync(code, store, cancellationToken);
        return TypedResults.Ok(await registry.ReadAsync(sessionId, s => new JoinInfo(
            s.Id, s.Title, s.Language, s.State.ToString().ToLowerInvariant(), s.JoiningLocked,
            [.. s.Tables.Select(t => new JoinTable(t.Id, t.Name))]), cancellationToken));
    }

    private static async Task<Ok<Joined>> JoinAsync(
        string code, JoinRequest request, ISessionStore store, SessionRegistry registry, TimeProvider time, CancellationToken cancellationToken)
    {
        var sessionId = await FindByCodeAsync(code, store, cancellationToken);
        var participantId = TokenHasher.NewId();
        var token = TokenHasher.NewToken();

        // Check before making a credential, so a refused join leaves nothing behind.
        await registry.ReadAsync(sessionId, s => s.Join(participantId, request.Nickname ?? string.Empty, request.TableId), cancellationToken);
        await store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.Participant, participantId, null, time.GetUtcNow()), cancellationToken);
        var version = await registry.ExecuteAsync(sessionId, (s, _) => s.Join(participantId, request.Nickname ?? string.Empty, request.TableId),
            $"join:{participantId}", cancellationToken);
        return TypedResults.Ok(new Joined(sessionId, participantId, token, version));
    }

    private static async Task<Ok<CreatedLink>> CreateBoardLinkAsync(
        string sessionId, LinkRequest? request, ClaimsPrincipal user, ISessionStore store, SessionRegistry registry,
        PublicLinks links, HttpRequest http, TimeProvider time, CancellationToken cancellationToken)
    {
        RequireAnimatorOf(user, sessionId);
        var tableId = request?.TableId;
        var version = await registry.ReadAsync(sessionId, s =>
            tableId is null || s.FindTable(tableId) is not null ? s.Version : throw new WorkshopException(ErrorCodes.NotFound, "No such table."),
            cancellationToken);
        var token = TokenHasher.NewToken();
        await store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.Board, TokenHasher.NewId(), tableId, time.GetUtcNow()), cancellationToken);
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
        await store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.CoAnimator, coAnimatorId, tableId, time.GetUtcNow()), cancellationToken);
        var version = await registry.ExecuteAsync(sessionId, (s, _) => s.AssignCoAnimator(animator, tableId, coAnimatorId),
            $"coanimator:{coAnimatorId}", cancellationToken);
        return TypedResults.Ok(new CreatedLink("coAnimator", token, links.CoAnimator(http, sessionId, token), tableId, version));
    }

    private static async Task<Ok<SnapshotResponse>> SnapshotAsync(
        string sessionId, ClaimsPrincipal user, SessionRegistry registry, TimeProvider time, CancellationToken cancellationToken)
    {
        var actor = RequireMemberOf(user, sessionId);
        return TypedResults.Ok(await registry.ReadAsync(sessionId, s => new SnapshotResponse(
            s.Version, time.GetUtcNow().ToUnixTimeMilliseconds(), WirePayload.From(s.ViewFor(Viewer.Of(actor)))), cancellationToken));
    }

    private static async Task<string> FindByCodeAsync(string code, ISessionStore store, CancellationToken cancellationToken)
    {
        var canonical = JoinCode.Normalize(code) ?? throw new WorkshopException(ErrorCodes.NotFound, "No soirée has this code.");
        return await store.FindSessionByJoinCodeAsync(canonical, cancellationToken)
            ?? throw new WorkshopException(ErrorCodes.NotFound, "No soirée has this code.");
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
