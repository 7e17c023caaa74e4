using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Api;

/// <summary>
/// People without a smartphone: the animator or a table's co-animator adds them and receives a participant token
/// for each, so the console (or the table's shared tablet) posts their notes, votes and sign-ups through the same
/// hub methods as a phone. The token is handed only to staff entitled to post for that person.
/// </summary>
internal static class AssistedApi
{
    public static IEndpointRouteBuilder MapAssistedApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/sessions/{sessionId}")
            .AddEndpointFilter<ApiErrorFilter>()
            .RequireAuthorization(p => p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser())
            .AddEndpointFilter<AllowedRolesFilter>();
        session.MapPost("/assisted", AddAsync).WithMetadata(new AllowAttribute(Role.Animator, Role.CoAnimator));
        session.MapPost("/assisted/{participantId}/token", TokenAsync).WithMetadata(new AllowAttribute(Role.Animator, Role.CoAnimator));
        return app;
    }

    private static async Task<Ok<Joined>> AddAsync(
        string sessionId, AssistedRequest request, ClaimsPrincipal user, ISessionStore store, SessionRegistry registry, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var staff = SessionApi.RequireMemberOf(user, sessionId);
        var participantId = Input.Id(request.ParticipantId, "participantId");
        var nickname = request.Nickname ?? string.Empty;

        // Decide before making a credential, so a refused request leaves nothing behind; a retry finds its person.
        var existing = await registry.ReadAsync(sessionId, s =>
        {
            if (s.FindParticipant(participantId) is not null)
            {
                s.RequireAssistable(staff, participantId);
                return true;
            }

            s.AddAssistedParticipant(staff, participantId, nickname, request.TableId);
            return false;
        }, cancellationToken);

        var token = await SaveTokenAsync(store, sessionId, participantId, time, cancellationToken);
        var version = existing
            ? await registry.ReadAsync(sessionId, s => s.Version, cancellationToken)
            : await registry.ExecuteAsync(sessionId, (s, _) => s.AddAssistedParticipant(staff, participantId, nickname, request.TableId),
                $"assisted:{participantId}", cancellationToken);
        return TypedResults.Ok(new Joined(sessionId, participantId, token, version));
    }

    /// <summary>A fresh token for someone already added (the console was reloaded, or another tablet takes over).</summary>
    private static async Task<Ok<Joined>> TokenAsync(
        string sessionId, string participantId, ClaimsPrincipal user, ISessionStore store, SessionRegistry registry, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var staff = SessionApi.RequireMemberOf(user, sessionId);
        var version = await registry.ReadAsync(sessionId, s =>
        {
            s.RequireAssistable(staff, participantId);
            return s.Version;
        }, cancellationToken);
        var token = await SaveTokenAsync(store, sessionId, participantId, time, cancellationToken);
        return TypedResults.Ok(new Joined(sessionId, participantId, token, version));
    }

    private static async Task<string> SaveTokenAsync(ISessionStore store, string sessionId, string participantId, TimeProvider time, CancellationToken cancellationToken)
    {
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.Participant, participantId, null, time.GetUtcNow()), cancellationToken));
        return token;
    }
}
